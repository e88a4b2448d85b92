import { expect } from '@open-wc/testing';
import { cellAt, layout, slotAt } from '../src/model/geometry.js';
import { SECTORS, person } from './fixtures.js';

describe('map geometry', () => {
  it('finds the ring by distance and the sector by angle, clockwise from twelve', () => {
    expect(cellAt({ x: 0, y: -0.3 }, SECTORS)).to.deep.equal({ sector: 'family', ring: 1 });
    expect(cellAt({ x: 0.6, y: 0 }, SECTORS)).to.deep.equal({ sector: 'friends', ring: 2 });
    expect(cellAt({ x: 0, y: 0.9 }, SECTORS)).to.deep.equal({ sector: 'school', ring: 3 });
    expect(cellAt({ x: -0.6, y: -0.1 }, SECTORS)).to.deep.equal({ sector: 'leisure', ring: 2 });
    expect(cellAt({ x: -0.5, y: -0.4 }, SECTORS)).to.deep.equal({ sector: 'helpers', ring: 2 });
    expect(cellAt({ x: 0.05, y: 0 }, SECTORS)).to.equal(undefined); // on the child
    expect(cellAt({ x: 1.2, y: 0 }, SECTORS)).to.equal(undefined); // off the map
  });

  it('puts everyone back in their own cell, apart, even with 60 people', () => {
    const people = Array.from({ length: 60 }, (_, i) =>
      person(`p${i}`, { sector: SECTORS[i % 5]!, ring: ((i % 3) + 1) as 1 | 2 | 3 }),
    );
    const at = layout(people, SECTORS);
    for (const [p, quick] of people.flatMap((p) => [[p, false] as const, [p, true] as const])) {
      const point = quick ? layout(people, SECTORS, { quick }).get(p.id)! : at.get(p.id)!;
      expect(cellAt(point, SECTORS), `${p.id}${quick ? ' (quick)' : ''}`).to.deep.equal({
        sector: p.sector,
        ring: p.ring,
      });
    }
    const points = [...at.values()];
    let nearest = Infinity;
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        nearest = Math.min(
          nearest,
          Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y),
        );
      }
    }
    expect(nearest).to.be.greaterThan(0.05);
  });

  it('inserts a dropped person by angle among a cell’s people', () => {
    const cell = [
      { x: 0.1, y: -0.3 },
      { x: 0.25, y: -0.25 },
    ];
    expect(slotAt({ x: 0, y: -0.3 }, cell)).to.equal(0);
    expect(slotAt({ x: 0.2, y: -0.3 }, cell)).to.equal(1);
    expect(slotAt({ x: 0.3, y: -0.1 }, cell)).to.equal(2);
  });
});
