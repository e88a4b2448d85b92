// A filled value for every element: the packages' own samples, the same
// ones their stories and the bench use.
import { fuldtKort, toVersioner } from '@barnets-net/netvaerkskort/samples';
import { noedplanSamples } from '@barnets-net/noedplan/samples';
import { skolefeKortSamples, skolefeOversigtSamples } from '@barnets-net/skolefe/samples';
import { dialogmoedeSamples } from '@barnets-net/dialogmoede/samples';
import { sagsmoede, treBoern } from '@barnets-net/oplysningsskema/samples';

export const filled = {
  'bn-netvaerkskort': fuldtKort,
  'bn-noedplan': noedplanSamples.filled,
  'bn-skolefe-kort': skolefeKortSamples.filled,
  'bn-skolefe-oversigt': skolefeOversigtSamples.forty,
  'bn-dialogmoede': dialogmoedeSamples.held,
  'bn-oplysningsskema': treBoern,
  'bn-oplysningsskema-oversigt': sagsmoede(),
};

/** A saved version, where a widget keeps them (the map's versions, the nødplan's older version). */
export const savedVersion = {
  'bn-netvaerkskort': toVersioner.versions[0],
  'bn-noedplan': noedplanSamples.withOlderVersion.versions[0],
};
