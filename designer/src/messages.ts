// Every text a user reads, in one catalog (zh-CN).
export const messages = {
  title: '市域社会治理平台',
  subtitle: '事件分类目录、派遣规则、时限与日历均为可配置数据',
  underConstruction: '设计器、办理工作台与群众上报页面正在建设中。当前页面展示正在运行的定义包。',
  loading: '正在加载…',
  loadFailed: '加载失败：',
  categories: '大类',
  items: '事项',
  routes: '派遣规则',
  orgUnits: '组织单元',
  departments: '职能部门',
  calendarYears: '日历年份',
  catalog: '事件分类目录',
  edition: '标准版本',
  local: '本地扩展',
  itemCount: (n: number) => `${n} 个事项`,
};
