// The frame, sign-in, problems and each page's own words.
export const common = {
  retry: '重试',
  loading: '正在加载…',
  close: '关闭',
  reload: '重新加载',
  cancel: '取消',
  remove: '删除',
  personWithRole: '{{name}}（{{role}}）',
};

export const problem = {
  couldNot: '未能{{doing}}',
  fieldRefused: '服务器未接受此项，请检查后重试',
  title: {
    network: '无法连接服务器',
    invalid: '填写的内容有误',
    signedOut: '登录已过期',
    forbidden: '无权操作',
    notFound: '未找到',
    conflict: '案件状态已变化',
    throttled: '尝试次数过多',
    unavailable: '服务暂不可用',
    server: '服务器出错',
  },
  explain: {
    network: '请检查网络后重试。若刚才的操作已送出，重试不会重复记录。',
    invalid: '请按提示修改后再提交。',
    signedOut: '请重新登录，登录后将回到当前页面。',
    forbidden: '此操作超出您的角色或管辖范围，服务器已拒绝，未记录任何内容。',
    notFound: '要找的内容不存在或已被移除。',
    conflict: '案件现状不允许此操作，页面已刷新为最新状态。',
    throttled: '请稍后再试。',
    unavailable: '服务器暂时无法处理更改，请稍后重试。',
    server: '服务器处理时出错，已记录。请稍后重试。',
    pageFailed: '页面未能加载，可能是网络中断或系统已更新。请重新加载。',
  },
};

export const form = {
  required: '请填写此项',
  choose: '请选择',
  tooLong: '不能超过 {{max}} 个字',
  phone: '请输入手机号或带区号的固定电话',
  idNumber: '请输入18位身份证号',
  phoneNeedsName: '填写电话时请同时填写姓名',
};

export const signIn = {
  title: '网格通 · 登录',
  username: '用户名',
  password: '密码',
  submit: '登录',
  wrong: '用户名或密码不正确',
  expired: '登录已过期，请重新登录，之后将回到您刚才的页面。',
  doing: '登录',
  demoHint:
    '演示账号：启动服务（npm start）时终端会列出演示账号及密码；完整列表见文档 docs/demo-district.md（如 grid.leader 网格长、grid.worker 网格员、street.supervisor 街道督办）。',
};

export const shell = {
  brand: '网格通 Gridline',
  language: '语言',
  scope: '管辖范围',
  wholeDistrict: '全区',
  signOut: '退出登录',
  pages: '页面',
  menu: { myPatch: '我的网格', caseBoard: '案件台账' },
};

export const myPatch = {
  title: '我的网格 · {{grid}}',
  logDispute: '登记纠纷',
  reportIssue: '上报事件',
  doing: { logDispute: '登记纠纷', reportIssue: '上报事件' },
  addParty: '添加当事人',
  submitDispute: '登记',
  submitIssue: '上报',
  opened: '已登记。',
  openCase: '查看案件',
  notAGrid: '“我的网格”面向网格长和网格员。',
  incomplete: '待办案件较多，此处只显示前200件；请在案件台账中查看全部。',
  openCases: '待办案件',
  count: { overdue: '逾期', dueToday: '今日到期', awaitingDispatch: '待派单', open: '在办' },
};

export const caseView = {
  reporter: '反映人',
  residents: '当事人',
  reveal: '查看完整信息…',
  revealedNote: '已查看，已记入访问记录',
  erasedValue: '（已应申请删除）',
  revealTitle: '查看当事人完整信息',
  revealExplain: '个人信息默认隐去。查看需说明理由，查看人、时间和理由将记入访问记录，供审计查阅。',
  revealDoing: '查看当事人信息',
  revealReason: '查看理由',
  revealSubmit: '说明理由并查看',
  erase: '删除…',
  eraseTitle: '删除{{resident}}的个人信息',
  eraseExplain:
    '仅依本人申请删除。其姓名、电话、身份证号将在所有页面永久显示为已删除，其他当事人不受影响。删除人、时间和理由将记入访问记录，供审计查阅。',
  eraseDoing: '删除当事人信息',
  eraseReason: '申请人及核验方式',
  eraseConfirm: '我已知晓删除后无法恢复',
  eraseConfirmNeeded: '请确认删除后无法恢复',
  eraseSubmit: '删除',
  untitled: '案件',
  deadline: '办结时限',
  originalDeadline: '（原限 {{dateTime}}，已延期）',
  place: '地点',
  forbidden: {
    title: '无权查看此案件',
    explain: '此案件不在您的管辖范围内，服务器已拒绝访问。',
    who: '您当前的身份：{{role}}',
  },
  notFound: { title: '案件不存在', explain: '没有找到此案件，请核对链接。' },
  actionsNow: '您现在可以办理',
  noActions: '以您的身份，当前无可办理的操作。',
  timeline: '时间线',
};

export const notFound = {
  title: '页面不存在',
  explain: '没有 {{path}} 这个页面。',
  home: '返回首页',
};

export const caseBoard = {
  title: '案件台账',
  anyStatus: '全部状态',
  search: '按标题搜索',
  more: '加载更多',
};
