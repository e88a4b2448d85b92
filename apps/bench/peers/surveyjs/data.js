// The registration's value (schemaVersion 2, as <bn-oplysningsskema> holds
// it) to the survey's flat data and back.
import { childFields, getPath, setPath } from '../shared/fields.js';
import { surveyName } from './survey-json.js';

const nested = childFields.filter((f) => f.name.includes('.'));

export const toSurveyData = (value) => ({
  ...value.client,
  children: value.children.map((child) => {
    const flat = { ...child, birthYear: child.birthYear ?? undefined };
    delete flat.offers;
    for (const f of nested) flat[surveyName(f.name)] = getPath(child, f.name) || undefined;
    return flat;
  }),
});

export const fromSurveyData = (data) => {
  const { children = [], ...client } = data;
  return {
    schemaVersion: 2,
    client,
    children: children.map((flat) => {
      let child = { ...flat, offers: {} };
      for (const f of nested) {
        delete child[surveyName(f.name)];
        child = setPath(child, f.name, flat[surveyName(f.name)] ?? '');
      }
      return child;
    }),
  };
};
