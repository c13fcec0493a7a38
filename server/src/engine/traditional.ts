/**
 * Traditional → simplified for the characters that matter in marketing copy and its disguises
 * (掃碼, 加微信號, 進群, 聯繫…). A table of common characters is far smaller than a full
 * converter and covers every trigger word the detectors know.
 */
const PAIRS =
  '掃扫碼码號号進进聯联繫系係系電电話话訊讯轉转賬账帳账寶宝貓猫東东紅红書书頻频視视維维衛卫' +
  '臉脸機机關关註注鏈链識识別别長长圖图複复製制領领現现評评論论價价線线點点擊击綠绿網网頁页' +
  '盤盘貨货單单買买賣卖據据備备額额優优發发給给門门實实體体裡里裏里這这個个們们來来請请詳详' +
  '諮咨詢询務务員员戶户歡欢釘钉團团購购車车為为與与後后從从會会兌兑換换禮礼錢钱僅仅無无盡尽' +
  '補补貼贴薦荐麼么廣广讓让說说話话對对時时間间問问題题費费續续紹绍層层產产處处氣气兒儿' +
  '結结錄录條条動动區区樣样種种準准確确據据鑽钻寫写變变過过還还選选適适質质顏颜灣湾師师' +
  '頭头顯显馬马魚鱼鳥鸟龍龙滿满溝沟預预訂订閱阅驗验證证調调査查錯错羣群斷断縣县運运門门' +
  '愛爱個个們们聽听業业術术陸陆陳陈傳传紀纪約约級级組组細细終终經经綁绑續续總总絡络縮缩' +
  '處处號号蝦虾賓宾贈赠減减喚唤嗎吗噹当團团園园圍围壓压墊垫奪夺學学寬宽專专將将尋寻屆届' +
  '幣币幫帮廳厅張张強强彈弹徵征態态慶庆擁拥掛挂揀拣損损搶抢攜携數数斂敛於于濃浓燈灯牆墙' +
  '獎奖獲获瑪玛環环畫画當当瘋疯盡尽眾众碼码礎础稱称穩稳競竞筆笔範范築筑糧粮紙纸紮扎純纯' +
  '絲丝綫线緊紧練练縫缝繩绳罰罚聖圣聲声腦脑腳脚膚肤臺台與与艷艳莊庄葉叶蘋苹處处蟲虫衝冲' +
  '襪袜規规親亲覺觉覽览觸触計计訓训託托記记設设許许診诊詞词試试誠诚誤误說说誰谁課课謝谢' +
  '識识護护讀读貝贝負负貨货販贩責责貴贵貸贷費费資资賠赔賺赚購购贊赞趕赶跡迹踐践躍跃軟软' +
  '輕轻載载輛辆輸输辦办遞递遠远違违連连郵邮醫医釋释針针鈕钮銀银銷销鋪铺錶表鍋锅鏡镜鐘钟' +
  '長长閃闪開开閒闲間间閨闺闆板隊队陽阳際际雙双雜杂離离雲云電电靈灵韓韩頁页頂顶項项順顺' +
  '須须預预領领頻频額额顧顾風风飛飞飯饭飲饮餅饼館馆駕驾騰腾驗验髮发鬆松鮮鲜麥麦黃黄齊齐' +
  '齒齿壹壹貳贰參叁陸陆捌捌玖玖';

const TABLE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const chars = Array.from(PAIRS);
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const t = chars[i] as string;
    const s = chars[i + 1] as string;
    if (t !== s) m.set(t, s);
  }
  return m;
})();

/** Simplify the traditional characters of `text` that the table knows; others pass through. */
export function toSimplified(text: string): string {
  let out = '';
  for (const ch of text) out += TABLE.get(ch) ?? ch;
  return out;
}
