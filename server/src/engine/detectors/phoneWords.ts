/** Labels that announce a phone number; they go with the number when it is removed. */
export const PHONE_LABELS = [
  '联系电话', '电话号码', '手机号码', '手机号', '电话', '手机', '热线', '客服电话', '服务热线', '热线电话',
  'tel', 'phone', '电联', '致电', '来电', '座机', '拨打', 'call', '联系方式', '微信同号', '同号', '号码',
];
