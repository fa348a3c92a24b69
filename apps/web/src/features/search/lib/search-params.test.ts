import { searchStateFromParams, searchStateToParams, toApiFilter } from './search-params';

describe('search URL state', () => {
  it('round-trips every parameter through the URL', () => {
    const url =
      'q=F%C3%BChrerschein+-international&bereich=mobilitaet&thema=t-1&land=HE&schlagwort=fit-connect&art=KOMMUNE&status=LAND_ANSWERED&von=2026-01-01&bis=2026-06-30&sortierung=neueste';
    const state = searchStateFromParams(new URLSearchParams(url));
    expect(state).toEqual({
      q: 'Führerschein -international',
      bereich: 'mobilitaet',
      thema: 't-1',
      land: 'HE',
      schlagwort: 'fit-connect',
      art: 'KOMMUNE',
      status: 'LAND_ANSWERED',
      von: '2026-01-01',
      bis: '2026-06-30',
      sortierung: 'neueste',
    });
    expect(searchStateToParams(state).toString()).toBe(url);
  });

  it('reads the old ANSWERED as SOLVED and filters the API by progress', () => {
    const state = searchStateFromParams(new URLSearchParams('q=Antrag&status=ANSWERED'));
    expect(state.status).toBe('SOLVED');
    expect(toApiFilter(state, { boards: [], laender: [] })).toEqual({ progress: 'SOLVED' });
  });

  it('maps the tag slug to its id for the API and drops an unknown one', () => {
    const tags = [{ id: 'tag-1', slug: 'fit-connect' }];
    const lookup = { boards: [], laender: [], tags };
    const state = searchStateFromParams(new URLSearchParams('q=Zustellung&schlagwort=fit-connect'));
    expect(toApiFilter(state, lookup)).toEqual({ tagId: 'tag-1' });
    expect(toApiFilter({ ...state, schlagwort: 'gibt-es-nicht' }, lookup)).toEqual({});
  });

  it('drops unknown values and maps slugs and codes to ids for the API', () => {
    const state = searchStateFromParams(
      new URLSearchParams('q=Antrag&art=ALIENS&status=x&von=gestern&land=HE&bereich=b'),
    );
    expect(searchStateToParams(state).toString()).toBe('q=Antrag&bereich=b&land=HE');
    expect(
      toApiFilter(
        { ...state, bis: '2026-02-28' },
        { boards: [{ id: 'board-1', slug: 'b' }], laender: [{ id: 'land-he', code: 'HE' }] },
      ),
    ).toEqual({ boardId: 'board-1', leadLandId: 'land-he', to: '2026-03-01T00:00:00.000Z' });
  });
});
