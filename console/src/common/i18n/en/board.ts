// The case list every page shares, and the case board's own words.
export const board = {
  loading: 'Loading…',
  casesLabel: 'Cases',
  shown_one: '{{count}} case loaded; scroll down for more',
  shown_other: '{{count}} cases loaded; scroll down for more',
};
