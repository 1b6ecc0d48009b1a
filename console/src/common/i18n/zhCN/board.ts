// The case list every page shares, and the case board's own words.
export const board = {
  loading: '正在加载…',
  casesLabel: '案件列表',
  shown_other: '已加载 {{count}} 件，向下滚动继续加载',
};
