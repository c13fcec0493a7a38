/** Review bait: cash-back or gifts for reviews; the same cards carry it. */
import { negatives, words, type LexEntry } from './lexicon';

export const reviewBaitEntries: LexEntry[] = [
  ...words('追评礼 好评礼 晒图礼 评价礼 晒单礼 好评再减 好评立减 好评返鲜 好评反馅 好平返鲜 好评反鲜 好平反鲜 好平返现 好平返 改成好评后 改好评后 改为好评后 发到评价区 晒到评价区 发在评价区 传到评价区 好评返现 晒图返现 晒图返红包 好评返红包 好评有礼 晒图有礼 晒单有礼 评价有礼 好评送!不 五星好评送!不 追评返 评价返现 好评红包 晒图红包 返现 好评截图 好评返!场图 晒图返 带图返 好评奖励 好评福利 晒图福利 评价福利 追评福利 好评有福利 好评有额外福利 好评的有福利 好评的有额外福利 好评有惊喜 好评的有惊喜 好评有额外奖励 好评的有额外奖励', {
    family: 'reviewBait', term: 'reviewBait', need: 'always',
  }),
  // A reward for holding back a bad review: 先别急着给差评~联系客服，我们直接给您补偿一个10元红包.
  ...words('别急着给差评 先别给差评 别给差评 请勿直接差评 不要直接差评 别直接差评 先别差评 不要给差评 勿给差评 别急着差评 先不要给差评', { family: 'reviewBait', term: 'reviewBait', need: 'cue', cues: 'heldReview' }),
  // Those who posted photos called forward, and a buyers'-photo call (晒了的来评论区扣个'1'…发福利, 买家秀征集…送当季新款).
  ...words('晒了的来 晒过的来 晒完的来 晒了图的 晒过图的 买家秀征集 征集买家秀', { family: 'reviewBait', term: 'reviewBait', need: 'cue', cues: 'review' }),
  // Photos added to the review (写个真实评价+三张图), the look shown off, a few words and photos, the experience shared, the best reviews picked (晒个上脸效果…补寄一支, 写几句拍两张…差价我退你,
  // 分享使用体验…可获赠, 评价被评为精选…将获得).
  ...words('+三张图 +两张图 +一张图 +3张图 +2张图 +1张图 +图 +视频 +3图 +2图 +1图 +三图 +两图 +九图 张美照 晒上身照 晒上脸照 晒上嘴照 图多字多 字多图多 扣个已评 扣已评 打已评 扣个已晒 扣已晒 写好的截 写写口感 写写味道 写写体验 写两句 买家秀拍 拍买家秀 发买家秀 5星+ 五星+ h评 hp带t 晒个上脸 晒个上身 晒个上嘴 晒个上手 晒个效果 晒个使用 写几句 拍两张 分享使用体验 分享体验 分享真实使用体验 分享真实体验 体验并附图 感受并附图 夸完的 夸完了 夸过的 sd满 分享完成 晒单达人 评为精选', { family: 'reviewBait', term: 'reviewBait', need: 'cue', cues: 'review' }),
  // A gift after the good review (好评后送拖布两片), not a delivery (好评后送达).
  ...words('hp反xian hp返xian hp反现 hp返现 hp返x hp反x 好评后送!达货不 好评后赠 晒图后送!达货不 追评后送!达货不', { family: 'reviewBait', term: 'reviewBait', need: 'always' }),
  ...words('评个价 给颗小星星 写下感受 写下使用感受 评完价 评了价 hp带tu hp带图 截个图给 截个图发 测评配图 截屏给 上脚照 上脚图 图文并茂 写写感受 留图 给个hp 个hp 发评价区 满星 写满 带视频的我 带视频的宝 带视频的姐妹 带视频的家人 带视频的老铁 带视频的朋友 追平晒 追平带 好苹!果 苹完 给了差评 给了中差评 星星星星星 好坪 haoping hao评 shaitu wuxinghaoping 好pin 好ping hp+图 hp+晒图 hp晒图 hp+1张图 hp+2张图 hp+3张图 hp+4张图 hp+5张图 hp+三张图 hp+两张图 hp+3张tu hp+tu hp+1图 hp+2图 hp+3图 hp+4图 hp+5图 hp+6图 hp+7图 hp+8图 hp+9图 好评 好平 h评 好p!abcdefghijklmnopqrstuvwxyz 五星 5星 5stars 5starreview fivestarreview screenshot review 五颗星 5颗星 晒个图 晒张图 晒一张 晒两张 晒三张 晒四张 晒五张 晒几张 晒2张 晒3张 晒4张 晒5张 晒图 晒作品 晒成品 晒上嘴图 晒上身图 晒上脸图 晒试色 晒效果图 上身视频 返图 晒过图 晒了图 晒完图 晒好图 晒过单 晒了单 晒完单 评价 追评 带图 截图!屏本扫下去打 晒单 点评 评论!扣打 笔记 买家秀 上身照 上身图 买家图 晒个单 晒一下单 返图 买家返图 使用心得 晒心得 晒出 改评 删差评 差评改 开箱视频 开箱小视频 拆包视频 拆箱视频 晒了视频 晒过视频 晒在评价 晒到评价 录个使用视频 录使用视频 晒视频 传视频 传个视频 传个使用视频 传使用视频 晒个视频 带视频测评 带图测评 夸夸我们 带图夸夸 删除差评 删了差评 删掉差评 删除中差评 删掉中差评 删中差评 撤销中差评 撤销差评 撤回差评 撤掉差评 撤销评价 撤回评价 中差评删 删除评价 删掉评价 删了评价 差评删 差评删除 差评修改 修改差评 差评改好 差评了的 给了差评的 打了差评的 带三张图 带两张图 带3张图 带2张图 改成好评 改为好评 改好评 改一下评价 改个评价 改评价 改一下评论 给个5 给个五 给个五星 星星星星星 传到评价 发到评价里 上传到评价 评了的 已评 评过的 评完的 评完了 评完 追个评 追一下评 追完评 书评 打个满分 给个满分 感受并配图 感受配图 hp截图 hp截个图 交作业 交个作业 放评价里 发评价里 传评价 写几句感受 写两句感受 写两句 写篇测评 写测评 追完了 写完找客服 写好找客服 写完联系客服 真实感受 配两张图 配三张图 写写心得 写心得 写点心得 使用感受 配几张实拍 给五分 打五分 给5分 打5分 放进评价 放到评价 传到追评 hao评 ' +
    // (…and a report, a book review or a few words brought back: 写篇使用报告, 写篇百字书评, 喝完回来说两句, 回来写两句; photos of
    // the goods sent, a screenshot of the review page: 发收货照片领三元红包, 发照片的亲我们再送您.)
    '写篇使用报告 写一篇使用报告 写份使用报告 写个使用报告 写篇书评 写一篇书评 给个小星星 出评 拍进评价 点了五个星星 五个星星 点亮五颗 五颗小星 五分+ 5分+ 写篇长评 写一篇长评 发收货照片 发照片的亲 晒照片的亲 hp+晒 晒tu 点完星星 回来说两句 回来写两句 回来评两句 hp+t!v hp+图', { family: 'reviewBait', term: 'reviewBait', need: 'cue', cues: 'review' }),
];

export const reviewBaitNegatives: LexEntry[] = negatives(
  // The seller's own note (点笔记下方商品卡) and a screenshot of the screen (把屏幕截图，扫背景板上的码).
  // A draw's winners showing their win (抽中的朋友截图，加我领奖): no review.
  // …nor the order's screenshot taken once bought (拍完截图私我).
  '拍完截图 拍下截图 拍好截图 拍了截图 下单截图 ' +
  '截图中奖 中的朋友截图 中的宝宝截图 中的家人截图 中的姐妹截图 中奖截图 中奖的截图 中奖朋友截图 兑奖码截图 兑换码截图 ' +
  // What was missing sent again once the buyer is reached (追评里写下您的手机号，仓库会逐一联系补寄), the seller's own
  // notes offered or posted (想要我的护肤笔记完整版PDF的, 在那篇笔记里拍, 笔记同款赠品), a note's comments or its group-chat
  // button as where to go (在笔记评论里留个手机号, 笔记右下角点「群聊」), buyers' reviews collected by the seller (好评截图整理在详情页).
  '联系补寄 我的笔记 笔记完整版 完整版笔记 笔记pdf 笔记电子版 笔记同款 笔记右下角 笔记右上角 那篇笔记 篇笔记里 笔记评论 好评截图整理 ' +
  // A code screenshot to scan later (截图这个小程序码), and a post's own component or picture (点笔记里的「领取试用」组件,
  // 笔记最后一张图有个码), and Xiaohongshu's notes named with it (隐藏价在某红书笔记里: the platform's own signal speaks).
  '评论暗号 截图这个 截图这张 点笔记里的 笔记里的组件 笔记最后一张 书笔记 笔记底下 笔记教程 跟着笔记 笔记里全是 笔记里都是 ' +
  '买家秀里 见笔记 笔记第 笔记图 笔记置顶 笔记顶部 笔记正文 笔记封面 笔记合集 笔记主页 笔记简介 笔记评论区 笔记的评论区 笔记下评论 笔记下方 笔记下面 这篇笔记 本篇笔记 笔记左下角 笔记商品卡 笔记里的商品卡 屏幕截图 ' +
  // A warning against someone acting in the name of cash-back (以好评返现名义联系您).
  '好评返现名义 返现名义 好评返现为由 返现为由 好评名义 好评为由 ' +
  // A review left to the buyer's own wish (评价大家随心写，不强求).
  '评价随心 评价大家随心 评价随意 评价大家随意 评价不强求 好评不强求 五星好评不强求 ' +
  // The official group chat a note holds (加入笔记里的官方群聊).
  '笔记里的官方群聊 笔记里的群聊 笔记更全 笔记更多 ' +
  // A reviewer saying nobody paid them (没人给我返现，纯分享; 没有收品牌任何返现).
  '没人给我返现 没人给返现 任何返现 任何好处 没有收品牌 没收品牌 没拿品牌 没有人给我返现 没人返现 没人给我返钱 ' +
  // Cash-back refused by the seller (好评返现咱不搞，平台查得严).
  '好评返现咱不搞 好评返现不搞 好评返现我们不搞 好评返现咱们不搞 好评返现咱不做 好评返现不做 好评返现我们不做 晒图返现咱不搞 晒图返现不搞 晒图返现我们不搞 晒图返现咱们不搞 晒图返现咱不做 晒图返现不做 晒图返现我们不做 返现咱不搞 返现不搞 返现我们不搞 返现咱们不搞 返现咱不做 返现不做 返现我们不做 ' +
  // 第 38 位评论的家人: the 38th comment drawn in a live room.
  '位评论 楼评论 位留言 ' +
  // A screenshot of the live room for a draw (截图直播间发到群里抽免单): no review.
  '截图直播间 直播间截图 截屏直播间 直播间截屏 截图我这个画面 截图这个画面 截图画面 ' +
  // Other buyers' photos browsed (进去看买家秀还能领券); reviews counted or said to have no part (累计评价5万+, 跟评价不挂钩,
  // 评价晒单与否都能用).
  '晒图评价无关 评价完全自愿 完全自愿 评价晒单与否 晒单与否 评价与否 好评与否 看买家秀 看看买家秀 累计评价 评价数 万+评价 评价不挂钩 好评不挂钩 ' +
  // The seller's own unboxing videos, and where they are (开箱视频在B站都有): no buyer's review.
  // A group or the shop's note named after the buyers' photos (买家秀交流群, 开奖将在店铺笔记中公布).
  '买家秀交流 买家秀群 买家秀抽奖 店铺笔记 配套笔记 ' +
  '开箱视频在 开箱视频都在 开箱视频已 开箱视频可以在 附开箱视频 附上开箱视频 提供开箱视频 ' +
  // Reviews said to have nothing to do with it (跟评价晒图都没关系).
  '评价晒图都没 评价晒图没 评价都没关系 好评都没关系 晒图都没关系 评价没关系 好评没关系 ' +
  '评价无关 好评无关 评论无关 评论里 评论中 弹幕里 五星级 好评如潮 好评率 好评度 好评榜 好评不断 五星级酒店 真实评价 评价中心 评论区 评价区!带附晒给上夸写说发拍留谁 评价里!带附晒给多拍上放发写传p夸能@说贴帮把试补聊 顶评论 笔记本 ' +
    // A screenshot of something else (截图保存右下角的码, 发送订单截图预约安装), and 送 in sending.
    '截图我身后 截图身后 截图这张卡 截图这张图 ' +
    '截图这个码 截图这张码 截图此码 截图以后用微信 截图后用微信 截图以后长按 截图后长按 截图后识别 截图以后识别 订单截图 购买截图 购物截图 付款截图 支付截图 物流截图 聊天截图 转账截图 转完截图 转账后截图 付完截图 截图保存 发送!您你 配送 运送 送货 送达 传送 寄送 邮寄送',
);
