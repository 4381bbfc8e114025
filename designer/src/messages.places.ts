// The map, places and the public pages' plain words (zh-CN); spread into messages.ts.
export const placeMessages = {
  mapLabel: '事发位置地图：点一下标出位置',
  mapLoading: '正在加载地图…',
  mapFailed: '地图加载失败：',
  retry: '重试',
  myLocation: '使用我的位置',
  locating: '正在定位…',
  locationDenied: '无法获取您的位置，请在地图上点选事发位置',
  locationUnsupported: '此浏览器不能定位，请在地图上点选事发位置',
  placeSearch: '输入街道、社区名称，地图会移过去',
  placeHint: '在地图上点一下事发位置，或使用当前位置；所属网格由系统判断。',
  locatedGrid: (place: string) => `所属网格：${place}`,
  locationRequired: '请在地图上点选事发位置，或使用当前位置',
  locatingGrid: '正在判断所属网格…',
  publicAnswer: '办理答复',
};
