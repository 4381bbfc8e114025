// The audit log's texts (zh-CN); messages.ts spreads them into the one catalog.
export const securityMessages = {
  auditLog: '审计日志',
  auditTotal: (n: number) => `共 ${n} 条`,
  auditKind: '类型',
  auditEmpty: '没有符合条件的记录',
  auditFrom: (address: string) => `来自 ${address}`,
};
