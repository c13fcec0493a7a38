/** Labels that announce a phone number; they go with the number when it is removed. */
export const PHONE_LABELS = [
  '联系电话', '电话号码', '手机号码', '手机号', '电话', '手机', '热线', '客服电话', '服务热线', '热线电话', '专线', '座机', '固话', '拨打', '拨', '致电', '来电',
  '电联', 'tel', 'phone', 'call', '联系方式', '微信同号', '同号', '号码', '联系', '咨询', '预约', '订购', '订货', '门店', '客服', '售后', 'whatsapp', '呼叫', '回电', '详询',
];
