import { expect } from '@open-wc/testing';
import { canRedo, canUndo, record, redo, startHistory, undo } from '../src/controllers/history.js';

describe('undo and redo', () => {
  it('goes back and forward, and a new step clears redo', () => {
    let h = startHistory(0);
    h = record(h, 1);
    h = record(h, 2);
    h = undo(h);
    expect(h.present).to.equal(1);
    expect(canRedo(h)).to.equal(true);
    h = redo(h);
    expect(h.present).to.equal(2);
    h = undo(undo(h));
    expect(h.present).to.equal(0);
    expect(canUndo(h)).to.equal(false);
    expect(undo(h)).to.equal(h);
    h = record(redo(h), 5);
    expect([h.present, canRedo(h)]).to.deep.equal([5, false]);
  });

  it('keeps at least 50 steps', () => {
    let h = startHistory(0);
    for (let i = 1; i <= 120; i++) h = record(h, i);
    for (let i = 0; i < 60; i++) h = undo(h);
    expect(h.present).to.equal(60);
    expect(record(h, h.present)).to.equal(h);
  });
});
