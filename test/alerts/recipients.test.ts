import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CasePeople, alertRecipients } from '../../src/alerts/recipients.js';

const people: CasePeople = {
  owner: 'owner@ca.example',
  coOwner: 'co@ca.example',
  management: ['boss@ca.example'],
  desk: ['admin@ca.example', 'reviewer@ca.example'],
};

describe('alertRecipients', () => {
  it('widens from the owner to the co-owner to management', () => {
    assert.deepEqual(alertRecipients(['owner'], people), ['owner@ca.example']);
    assert.deepEqual(alertRecipients(['owner', 'co-owner'], people), ['owner@ca.example', 'co@ca.example']);
    assert.deepEqual(alertRecipients(['owner', 'co-owner', 'management'], people), [
      'owner@ca.example',
      'co@ca.example',
      'boss@ca.example',
    ]);
  });
  it('skips a missing co-owner', () =>
    assert.deepEqual(alertRecipients(['owner', 'co-owner'], { ...people, coOwner: null }), [
      'owner@ca.example',
    ]));
  it('puts the admins, reviewers and management in place of a missing owner, from the first alert', () =>
    assert.deepEqual(alertRecipients(['owner'], { ...people, owner: null, coOwner: null }), [
      'admin@ca.example',
      'reviewer@ca.example',
      'boss@ca.example',
    ]));
  it('names each address once, whatever its case', () =>
    assert.deepEqual(
      alertRecipients(['owner', 'co-owner', 'management'], {
        ...people,
        coOwner: 'Owner@CA.example',
        management: ['owner@ca.example', 'boss@ca.example'],
      }),
      ['owner@ca.example', 'boss@ca.example'],
    ));
  it('is empty only when there is nobody at all', () =>
    assert.deepEqual(
      alertRecipients(['owner'], { owner: null, coOwner: null, management: [], desk: [] }),
      [],
    ));
});
