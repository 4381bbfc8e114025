// The handler workspace's register preview and the forms read beside a case (zh-CN); spread into messages.ts.
export const workspaceMessages = {
  routePreview: '按派遣规则将派往',
  routeLoading: '正在计算派遣去向…',
  routeOverridden: '已另选承办单位，不按此规则派遣',
  routeFailed: '按派遣规则找不到承办单位：',
  earlierForms: '前序环节填写的表单',
};
