import { expect } from '@open-wc/testing';
import {
  BylineData,
  EditorNoteData,
  EssayData,
  GlossaryEntry,
  InitiativeBridgeData,
  KeyPointsData,
  ScenarioListData,
  EventTimelineData,
  validate,
} from '../../src/index.js';

const pathsOf = (result: ReturnType<typeof validate>) =>
  result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);

describe('validation', () => {
  it('names every problem with its path, nested and in lists', () => {
    const result = validate(EssayData, {
      title: '',
      body: [
        { type: 'paragraph', text: 'fine' },
        { type: 'pull-quote', data: { text: '' } },
        { type: 'map', data: {} },
        { type: 'key-points', data: { points: [{ heading: 'a', points: [{ heading: '' }] }] } },
      ],
    });
    expect(pathsOf(result)).to.deep.equal([
      'title: expected a non-empty string',
      'body[1].data.text: expected a non-empty string',
      'body[2].type: expected one of "paragraph", "heading", "pull-quote", "principle-list", "leader-meeting", "key-points", "scenario-list", "initiative-bridge", "event-timeline", "editor-note"',
      'body[3].data.points[0].points[0].heading: expected a non-empty string',
    ]);
  });

  it('drops unknown fields from the value', () => {
    const result = validate(GlossaryEntry, { term: 'Yalta Model', definition: 'd', future: true });
    expect(result).to.deep.equal({ ok: true, value: { term: 'Yalta Model', definition: 'd' } });
  });

  it('checks the counts of the contract', () => {
    expect(pathsOf(validate(BylineData, { authors: [] }))).to.deep.equal([
      'authors: expected at least 1 author',
    ]);
    const one = { name: 'Belt and Road Initiative', advocate: 'China' };
    // One or three initiatives are a wrong count, said at the list, not a missing or extra item.
    for (const initiatives of [[one], [one, one, one], [], 'two'])
      expect(pathsOf(validate(InitiativeBridgeData, { initiatives }))).to.deep.equal([
        'initiatives: expected exactly 2 initiatives',
      ]);
    expect(validate(InitiativeBridgeData, { initiatives: [one, one] }).ok).to.equal(true);
    // Past the count, each initiative is checked, a missing field with its own message.
    expect(pathsOf(validate(InitiativeBridgeData, { initiatives: [one, { name: 'x' }] }))).to.deep.equal([
      'initiatives[1].advocate: expected a non-empty string',
    ]);
  });

  it('checks picklists', () => {
    expect(
      pathsOf(validate(ScenarioListData, { scenarios: [{ question: 'q', verdict: 'maybe' }] })),
    ).to.deep.equal(['scenarios[0].verdict: expected one of "likely", "possible", "unlikely", "rejected"']);
    expect(pathsOf(validate(EditorNoteData, { kind: 'rumour', text: 't' }))).to.deep.equal([
      'kind: expected one of "disclaimer", "correction", "update", "note"',
    ]);
  });

  it('checks dates, URLs and country codes wherever they appear', () => {
    expect(
      pathsOf(validate(EventTimelineData, { events: [{ date: '2018-06-31', title: 'x' }] })),
    ).to.deep.equal(['events[0].date: expected a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD']);
    expect(
      pathsOf(validate(EssayData, { title: 't', body: [], canonicalUrl: 'javascript:void(0)' })),
    ).to.deep.equal(['canonicalUrl: expected an http:, https: or mailto: URL']);
    expect(
      validate(EssayData, { title: 't', body: [], canonicalUrl: 'HTTPS://valdaiclub.com/' }).ok,
    ).to.equal(true);
    expect(
      pathsOf(
        validate(InitiativeBridgeData, {
          initiatives: [
            { name: 'a', advocate: 'b', country: 'China' },
            { name: 'a', advocate: 'b' },
          ],
        }),
      ),
    ).to.deep.equal([
      'initiatives[0].country: expected a two-letter upper-case country code (ISO 3166-1 alpha-2)',
    ]);
  });

  it('reports data that contains itself instead of throwing', () => {
    const point: { heading: string; points?: unknown[] } = { heading: 'Mutual trust' };
    point.points = [point];
    expect(pathsOf(validate(KeyPointsData, { points: [point] }))).to.deep.equal([
      ': could not be checked: it contains itself',
    ]);
  });

  it('reports a missing required field with the field’s own message', () => {
    expect(pathsOf(validate(KeyPointsData, { points: [{}] }))).to.deep.equal([
      'points[0].heading: expected a non-empty string',
    ]);
  });
});
