/** QR codes and scan calls. */
import { words, type LexEntry } from './lexicon';

export const qrEntries: LexEntry[] = [
  ...words('扫码 扫一扫 扫二维码 二维码 扫描二维码 长按识别 长按扫码 识别二维码 识别图中 扫我 扫下方 扫描下方 qr码 qrcode 码上扫 掃碼', {
    family: 'qr', term: 'qr', need: 'always',
  }),
  // Honest uses: scanners, traceability and verification codes, in-store payment terminals.
  ...words('扫码枪 扫码器 扫码盒 扫描枪 扫描仪 扫码验真 扫码查真伪 扫码溯源 扫码防伪 防伪二维码 溯源二维码 二维码溯源 扫码验证真伪 扫码点餐 二维码打印机 二维码标签 扫码支付', {
    family: 'negative', term: 'negative', need: 'negative',
  }),
];
