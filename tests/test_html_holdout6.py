"""A sixth invented HTML set (issue #15, task GH), written before reading the container/walk source: general
Chinese web kinds the other sets do not cover — a forum thread with replies, a Q&A page, an encyclopedia entry,
a portal article with in-article ads and a picture strip, a blog with tag cloud/archive/comments, a tech review
with related cards inside the content div, a gov table layout with nested tables, a mobile page cut at
"展开全文", an article split by <br>, a Traditional-Chinese press release.
`python tests/test_html_holdout6.py` prints its per-check summary.
First run (before any fix, one run): checks passed 176/200, cases clean 7/10 (qa-best-answer 9/19,
encyclopedia-entry 9/17, traditional-press-release 13/19). After the first run one fixture typo was mended (the
other answers' dates read "2026-02-010"), and the Traditional page is cleaned with script="keep": its
first-run expectation of Traditional output under the default script="simplified" contradicted the documented
default (the lost paragraphs and the title were that); its source_name/editor checks stand as written.
"""
from __future__ import annotations

import pytest

from test_html_generalize import paras as ps
from test_html_holdout import Case, check, params, summary


def head(title: str) -> str:
    return f"<html><head><title>{title}</title></head><body>"


def br(lines: list[str]) -> str:
    return "<br>".join(lines)


# 1. forum thread: the first post is the article; replies with user panels, floor numbers, buttons, signatures
F1 = "上周末带孩子去城郊的青竹湖露营，营地在湖边一片缓坡上，草地平整，视野开阔，晚上还能看到不少星星。"
F2 = "营地提供帐篷和炊具租赁，价格不贵，但周末人多，建议提前两天在线预约，不然很可能订不到靠湖的位置。"
F3 = "唯一的不足是营地的洗手间离得稍远，晚上要走一段路，带小朋友的家庭最好准备一只头灯或者手电筒。"
FORUM = [F1, F2, F3]
REPLIES = [("山野闲人", "沙发", "谢谢楼主分享，正打算下个月去那边露营，请问营地附近有没有可以买菜的地方？"),
           ("小鱼儿", "板凳", "去过两次，湖边的日落确实漂亮，不过蚊子有点多，一定要记得带驱蚊水，否则会被咬得很惨。"),
           ("行者无疆", "地板", "楼主拍的照片呢？光看文字不过瘾啊，求发几张营地的全景图，让我们也感受一下。"),
           ("青竹湖畔", "5#", "我是附近的村民，补充一下，营地往东走三百米有个小卖部，早上还有新鲜的蔬菜卖。")]


def forum_post(user: str, floor: str, body: str, first: bool = False) -> str:
    title = '<h1 id="thread_subject">青竹湖露营体验分享</h1>' if first else ""
    return ('<table class="plhin"><tr><td class="pls"><div class="pi"><a class="xw1" href="/u">'
            f'{user}</a></div><dl><dt>主题</dt><dd>23</dd><dt>帖子</dt><dd>418</dd><dt>积分</dt><dd>1536</dd></dl>'
            f'<p>中级会员</p></td><td class="plc"><div class="pi"><strong><a href="#">{floor}</a></strong>'
            f'<div class="authi">发表于 2026-04-1{len(user) % 9} 2{len(user) % 4}:15 | 只看该作者</div></div>'
            f'{title}<div class="t_f">{body}</div>'
            '<div class="sign">签名：山水之间，自在逍遥</div>'
            '<div class="po"><a href="#">回复</a> <a href="#">引用</a> <a href="#">举报</a> <a href="#">支持</a></div>'
            '</td></tr></table>')


FORUM_HTML = (head("青竹湖露营体验分享 - 户外活动 - 江湾社区论坛") + '<div id="hd">江湾社区论坛 登录 注册</div>'
              '<div id="pt">论坛 › 户外活动 › 青竹湖露营体验分享</div><div id="postlist">'
              + forum_post("露营爱好者", "楼主", ps(FORUM), first=True)
              + "".join(forum_post(u, f, f"<p>{t}</p>") for u, f, t in REPLIES)
              + '</div><div class="pgs">1 2 3 下一页</div><div id="f_pst">发表回复 您需要登录后才可以回帖</div>'
              '</body></html>')

# 2. Q&A page: the question and the best answer; other answers, a related-questions list
Q = "家里的绿萝叶子最近总是发黄，浇水也不算多，放在客厅靠窗的位置，请问是什么原因，该怎么处理？"
A1 = "绿萝叶子发黄最常见的原因是根部积水，盆底排水不畅时，即使浇水不多，根系也会因为缺氧而慢慢腐烂。"
A2 = "建议先把植株从盆里取出来检查根系，剪掉发黑变软的根，换上疏松透气的新土，再放到散射光充足的地方。"
A3 = "另外冬季室温偏低时要减少浇水的次数，等盆土表面干透再浇，平时可以往叶面喷些清水保持空气湿度。"
ANSWER = [A1, A2, A3]
OTHER_ANSWERS = ["可能是光照太强了，靠窗的话中午的阳光会把叶子晒伤，挪到稍微背阴一点的位置试试看吧。",
                 "我家的也这样，后来施了一次稀薄的液体肥就好多了，可能是土里缺少养分，可以买点绿植专用肥。"]
QA_HTML = (head("绿萝叶子发黄是什么原因_问答社区") + '<div class="header">问答社区 首页 分类 提问</div>'
           '<div class="container"><div class="main"><div class="question"><h1>绿萝叶子发黄是什么原因？</h1>'
           f'<div class="q-desc"><p>{Q}</p></div><div class="q-info">提问者：花花草草 2026-02-08 · 浏览 3621 次</div>'
           '</div><div class="best-answer"><div class="ba-title">最佳答案</div>'
           '<div class="answerer">园艺师老杨 | 回答于 2026-02-08 | 采纳率 92%</div>'
           f'<div class="answer-content">{ps(ANSWER)}</div><div class="ops">赞同 128 | 评论 6 | 分享</div></div>'
           '<div class="other-answers"><h3>其他 2 条回答</h3>'
           + "".join(f'<div class="answer"><div class="answerer">热心网友{i} | 2026-02-{i + 8:02d}</div><p>{t}</p>'
                     f'<div class="ops">赞同 {i * 3} | 评论 0</div></div>' for i, t in enumerate(OTHER_ANSWERS, 1))
           + '</div></div><div class="side"><h3>相关问题</h3><ul>'
           + "".join(f'<li><a href="/q/{i}">{t}</a><span>{i + 2}个回答</span></li>' for i, t in enumerate(
               ["绿萝烂根了还能救活吗", "冬天绿萝多久浇一次水", "绿萝叶子上有黑斑怎么办", "水培绿萝怎么换水"]))
           + '</ul></div></div></body></html>')

# 3. encyclopedia entry: infobox, contents list, sections with headings, references
E1 = "云岭茶是一种产于西南山区的绿茶，因茶园多分布在海拔一千五百米以上的云雾山岭间而得名，以香气清高著称。"
E2 = "据地方志记载，当地种茶的历史可以追溯到明代中期，清代时已成为进贡的名茶之一，民国年间一度衰落。"
E3 = "二十世纪八十年代以后，当地推广良种和规范化种植，茶叶产量和品质逐步恢复，现已形成较完整的产业链。"
E4 = "云岭茶外形条索紧细，色泽翠绿，冲泡后汤色嫩绿明亮，滋味鲜爽回甘，叶底嫩匀，耐冲泡。"
ENCY = [E1, E2, E3, E4]
ENCY_HTML = (head("云岭茶_知识百科") + '<div class="top-nav">知识百科 首页 分类 特色百科 用户</div>'
             '<div class="main-content"><div class="lemma-title"><h1>云岭茶</h1></div>'
             '<div class="lemma-actions">编辑 讨论 收藏 赞</div>'
             f'<div class="lemma-summary"><p>{E1}</p></div>'
             '<div class="basic-info"><table><tr><th>中文名</th><td>云岭茶</td><th>类别</th><td>绿茶</td></tr>'
             '<tr><th>产地</th><td>西南山区</td><th>采摘期</th><td>清明前后</td></tr></table></div>'
             '<div class="lemma-catalog"><h2>目录</h2><ol><li><a href="#1">1 历史沿革</a></li>'
             '<li><a href="#2">2 品质特征</a></li><li><a href="#3">3 冲泡方法</a></li></ol></div>'
             f'<h2 class="para-title">历史沿革</h2><div class="para">{E2}</div><div class="para">{E3}</div>'
             f'<h2 class="para-title">品质特征</h2><div class="para">{E4}</div>'
             '<div class="lemma-reference"><h2>参考资料</h2><ol>'
             '<li>1. 《西南茶叶志》编委会．西南茶叶志．昆明：山地出版社，1998：112-115</li>'
             '<li>2. 云岭茶的前世今生．山地日报．2019-05-12</li></ol></div>'
             '<div class="lemma-stat">词条统计 浏览次数：58231次 编辑次数：17次历史版本 最近更新：2025-12-30</div>'
             '</div></body></html>')

# 4. portal article: in-article ad, picture strip, editor tag, comment box, hot grid
N1 = "记者从市交通运输局获悉，连接东西两岸的第三座跨江大桥今天上午正式通车，两岸通行时间由四十分钟缩短至十分钟。"
N2 = "大桥全长约三点二公里，主桥采用双塔斜拉结构，设计时速八十公里，桥面设有非机动车道和观景步道。"
N3 = "据介绍，大桥建设历时四年，施工期间攻克了深水基础和大跨度钢箱梁吊装等多项技术难题。"
N4 = "市交通运输局表示，下一步将优化周边公交线路，新开通两条跨江公交线路，方便市民出行。"
NEWS = [N1, N2, N3, N4]
NEWS_HTML = (head("第三座跨江大桥今天通车_江州新闻网") + '<div class="nav">首页 | 时政 | 社会 | 财经 | 图片 | 视频</div>'
             '<div class="wrap"><div class="main-article"><h1>第三座跨江大桥今天通车</h1>'
             '<div class="article-info"><span class="date">2026-06-18 11:25:06</span>'
             '<span class="source">来源：江州晚报</span><span class="author">记者 郑远</span></div>'
             f'<div class="article-content"><p>{N1}</p><p>{N2}</p>'
             '<div class="ad-inner"><span class="ad-tag">广告</span><a href="/ad">夏季家电焕新季 全场低至五折</a></div>'
             f'<p>{N3}</p><p>{N4}</p>'
             '<div class="photo-strip"><h4>图集</h4><a href="/p1"><img src="/p1.jpg"><span>大桥夜景</span></a>'
             '<a href="/p2"><img src="/p2.jpg"><span>通车仪式现场</span></a><a href="/p3"><img src="/p3.jpg">'
             '<span>市民骑行过桥</span></a><span>共12张</span></div>'
             '<p class="editor">责任编辑：韩雪</p></div>'
             '<div class="comment-box"><h3>网友评论</h3><textarea>文明上网，理性发言</textarea>'
             '<button>发表评论</button><span>已有36人参与</span><a href="/login">登录</a> | <a href="/reg">注册</a></div>'
             '<div class="hot-grid"><h3>热门推荐</h3>'
             + "".join(f'<div class="hot-item"><a href="/h{i}"><img src="/h{i}.jpg"><p>江州第{i}届美食节开幕'
                       f'，上百家摊位汇聚各地风味小吃</p></a></div>' for i in range(1, 7))
             + '</div></div></div></body></html>')

# 5. blog post: tag cloud, archive by month, a comment list of prose
B1 = "这个春天终于把拖了三年的阳台菜园弄起来了，买了四个长条花箱，种上了小番茄、生菜、香葱和薄荷。"
B2 = "一开始不懂，番茄苗种得太密，长到一半全挤在一起，后来狠心拔掉了一半，剩下的反而结得特别好。"
B3 = "现在每天早上起来第一件事就是去阳台看看，摘几片生菜做沙拉，那种自己种出来的味道确实不一样。"
BLOG = [B1, B2, B3]
COMMENTS = ["看得我也想在阳台种菜了，请问花箱用的是什么土，自己配的还是买的现成营养土？",
            "小番茄结得好漂亮！我家去年也种过，就是阳台光照不够，结的果子又小又酸，后来就放弃了。",
            "薄荷长得特别快，记得经常掐尖，不然很快就会长得又高又细，叶子也不香了，这是我的经验。"]
BLOG_HTML = (head("阳台菜园的第一个春天 - 慢生活笔记") + '<div class="blog-header"><h2>慢生活笔记</h2>'
             '<p>记录生活中的小确幸</p></div><div class="blog-body"><div class="content">'
             '<div class="entry"><h1 class="entry-title">阳台菜园的第一个春天</h1>'
             '<div class="entry-meta">发布于 2026-05-06 | 分类：生活 | 阅读 862</div>'
             f'<div class="entry-content">{ps(BLOG)}</div>'
             '<div class="entry-footer">标签：<a href="/t/1">阳台</a> <a href="/t/2">种菜</a></div></div>'
             '<div class="comments"><h3>3 条评论</h3><ol>'
             + "".join(f'<li class="comment"><div class="comment-author">访客{i}</div>'
                       f'<div class="comment-date">2026-05-0{i + 6} 20:1{i}</div><p>{t}</p><a href="#">回复</a></li>'
                       for i, t in enumerate(COMMENTS, 1))
             + '</ol><div class="respond"><h3>发表评论</h3><p>昵称 邮箱 网址</p></div></div></div>'
             '<div class="sidebar"><div class="widget"><h3>标签云</h3>'
             + " ".join(f'<a href="/t/{i}">{w}</a>' for i, w in enumerate(
                 ["阳台", "种菜", "读书", "旅行", "摄影", "烘焙", "手工", "猫", "咖啡", "散步"]))
             + '</div><div class="widget"><h3>文章归档</h3><ul>'
             + "".join(f'<li><a href="/2026/0{m}">2026年{m}月 ({m + 3})</a></li>' for m in range(5, 0, -1))
             + '</ul></div></div></div></body></html>')

# 6. tech review: related-article cards inside the content div, a spec table kept out of the checks
T1 = "这款轻薄笔记本的机身重量只有一点一公斤，金属外壳的做工相当扎实，放进通勤背包里几乎感觉不到负担。"
T2 = "屏幕是一块十四英寸的高刷新率面板，色彩表现比上一代明显提升，日常办公和看视频都很舒服。"
T3 = "续航方面，我们在半亮度下连续播放本地视频，机器坚持了将近十一个小时，足够应付一整天的外出办公。"
T4 = "总体来看，如果你需要一台便携的办公本，它是这个价位里值得优先考虑的选择，只是接口略少。"
TECH = [T1, T2, T3, T4]
TECH_HTML = (head("轻薄本新选择：某品牌十四英寸笔记本评测 - 数码测评网") + '<div class="site-nav">数码测评网 手机 电脑 '
             '家电 评测 导购</div><div class="article-wrap"><h1>轻薄本新选择：某品牌十四英寸笔记本评测</h1>'
             '<div class="meta">作者：周一鸣 2026-03-21 09:00 来源：数码测评网</div>'
             f'<div class="article-body"><p>{T1}</p><p>{T2}</p>'
             '<div class="related-cards"><div class="rc-title">相关文章</div>'
             + "".join(f'<div class="card"><a href="/r{i}"><img src="/r{i}.jpg"><h4>{t}</h4></a>'
                       f'<p>2026-0{i}-1{i}</p></div>' for i, t in enumerate(
                           ["上一代机型长期使用体验", "同价位轻薄本横向对比", "办公本选购的五个误区"], 1))
             + f'</div><p>{T3}</p><p>{T4}</p>'
             '<div class="related-cards"><div class="rc-title">相关文章</div>'
             '<div class="card"><a href="/r9"><h4>新款平板电脑上手体验</h4></a><p>2026-03-20</p></div></div>'
             '</div><div class="share">分享到：微博 微信 QQ空间</div></div></body></html>')

# 7. gov table layout: nested tables, menus in other cells, the article in one cell
G1 = "为进一步做好今年防汛抗旱工作，确保人民群众生命财产安全，区防汛抗旱指挥部决定即日起进入汛期工作状态。"
G2 = "各街道、各有关部门要严格落实防汛值班制度，实行二十四小时值班和领导带班，确保信息畅通、指令及时传达。"
G3 = "对辖区内的危旧房屋、地下空间、在建工地等重点部位开展拉网式排查，发现隐患立即整改，不留死角。"
GOV = [G1, G2, G3]
MENU = "".join(f'<tr><td class="menu"><a href="/m{i}">{t}</a></td></tr>' for i, t in enumerate(
    ["机构概况", "政务公开", "政策文件", "办事服务", "互动交流", "专题专栏", "数据发布"]))
NOTICES = "".join(f'<tr><td><a href="/n{i}">关于第{i}批项目评审结果的公示</a></td><td>05-2{i}</td></tr>' for i in range(1, 7))
GOV_HTML = (head("关于做好汛期防汛值班工作的通知") + '<table width="980" align="center"><tr><td colspan="3">'
            '<table><tr><td>首页</td><td>政务公开</td><td>办事服务</td><td>互动交流</td><td>走进本区</td></tr></table>'
            f'</td></tr><tr><td width="180" valign="top"><table>{MENU}</table></td>'
            '<td width="600" valign="top"><table width="100%"><tr><td>当前位置：首页 &gt; 政务公开 &gt; 通知公告</td></tr>'
            '<tr><td align="center" class="title">关于做好汛期防汛值班工作的通知</td></tr>'
            '<tr><td align="center">发布日期：2026-05-28　　信息来源：区应急管理局　　访问次数：1029</td></tr>'
            f'<tr><td class="content">{ps(GOV)}<p>区防汛抗旱指挥部</p><p>2026年5月27日</p></td></tr>'
            '<tr><td align="right">【打印】【关闭】</td></tr></table></td>'
            f'<td width="200" valign="top"><table><tr><td colspan="2">通知公告</td></tr>{NOTICES}</table></td></tr>'
            '<tr><td colspan="3"><table><tr><td>主办单位：某区人民政府办公室　ICP备05012345号　'
            '联系电话：0571-80000000</td></tr></table></td></tr></table></body></html>')

# 8. mobile page: app banner, truncated body with 展开全文 / 打开APP阅读全文, a feed under it
M1 = "今年的樱花季比往年提前了一周，城东公园的两千多株樱花已经进入盛花期，吸引了大批市民前来赏花。"
M2 = "公园管理处提醒，赏花高峰期园内停车位紧张，建议市民乘坐地铁四号线到公园站下车，步行五分钟即可到达。"
MOBILE = [M1, M2]
MOBILE_HTML = ('<html><head><meta name="viewport" content="width=device-width"><title>城东公园樱花进入盛花期</title>'
               '</head><body><div class="m-top-banner"><span>打开APP，阅读体验更佳</span><a href="app://open">打开</a>'
               '</div><div class="m-article"><h1>城东公园樱花进入盛花期</h1>'
               '<div class="m-info"><span>江州手机报</span><span>2026-03-16 07:40</span></div>'
               f'<div class="m-content" style="max-height:600px;overflow:hidden">{ps(MOBILE)}</div>'
               '<div class="m-unfold"><span>展开全文</span></div>'
               '<div class="m-open-app"><a href="app://article">打开APP阅读全文</a></div></div>'
               '<div class="m-feed"><div class="m-feed-title">为你推荐</div>'
               + "".join(f'<a class="m-feed-item" href="/m/{i}"><p>江州地铁{i}号线最新进展来了</p>'
                         f'<span>{i * 11}评</span></a>' for i in range(1, 6))
               + '</div><div class="m-footer">下载江州新闻APP 看更多本地资讯</div></body></html>')

# 9. an article split by <br>, not <p>
R1 = "近日，市图书馆新馆正式面向公众开放，新馆总建筑面积约四万平方米，设计藏书容量三百万册。"
R2 = "新馆设有少儿阅览区、古籍阅览室、数字体验区和视障阅览室等二十多个功能区，全天候提供自助借还服务。"
R3 = "开馆首日，不少市民一早就在门口排起了长队，有的家长带着孩子专程赶来，办理了人生中第一张借书证。"
R4 = "市图书馆负责人表示，新馆开放后，每周开放时间将延长至八十四小时，并将定期举办讲座和展览。"
BRS = [R1, R2, R3, R4]
BR_HTML = (head("市图书馆新馆正式开放") + '<div class="nav"><a href="/">首页</a> <a href="/n">新闻</a> <a href="/g">公告</a></div>'
           '<div class="news-detail"><div class="news-title">市图书馆新馆正式开放</div>'
           '<div class="news-time">时间：2026-01-12　来源：市文化广电旅游局</div>'
           f'<div class="news-text">　　{br(["　　" + x for x in BRS])[2:]}<br><br></div>'
           '<div class="news-page">上一篇：关于寒假期间开放时间调整的公告<br>下一篇：市图书馆举办新春猜灯谜活动</div>'
           '</div></body></html>')

# 10. a Traditional-Chinese press release (HK/TW gov style)
H1 = "衞生署今日公布，本港上月共錄得十二宗食物中毒個案，較去年同期減少三成，涉及人數共四十五人。"
H2 = "衞生署發言人表示，夏季氣溫高，食物容易變壞，市民應選擇衞生良好的食肆，並避免進食未經煮熟的海產。"
H3 = "發言人提醒，如出現腹痛、嘔吐或腹瀉等徵狀，應盡快求醫，並向醫生說明曾進食的食物。"
HK = [H1, H2, H3]
HK_HTML = ('<html><head><meta charset="utf-8"><title>衞生署公布上月食物中毒個案數字</title></head><body>'
           '<div class="header"><a href="/">主頁</a> <a href="/en">English</a> <a href="/sc">简体</a> '
           '<a href="/search">搜尋</a> <a href="/a11y">無障礙瀏覽</a></div>'
           '<div class="breadcrumb">主頁 &gt; 新聞公報 &gt; 2026年7月</div>'
           '<div class="press"><h1>衞生署公布上月食物中毒個案數字</h1>'
           '<div class="press-info">發布日期：2026年7月3日　來源：衞生署</div>'
           f'<div class="press-body">{ps(HK)}<p>完</p></div>'
           '<div class="press-foot">2026年7月3日（星期五）<br>香港時間16時20分</div>'
           '<p class="editor">責任編輯：陳家明</p>'
           '<div class="tools">列印本頁 分享 回到頁首</div></div>'
           '<div class="footer">版權所有 © 2026 ｜ 重要告示 ｜ 私隱政策 ｜ 最近修訂日期：2026年7月3日</div>'
           '</body></html>')

CASES6: list[Case] = [
    Case("forum-thread-with-replies", FORUM_HTML, FORUM,
         ["山野闲人", "谢谢楼主分享", "蚊子有点多", "求发几张", "小卖部", "积分", "签名", "引用", "只看该作者",
          "发表回复"], {"title": "青竹湖露营体验分享"}),
    Case("qa-best-answer", QA_HTML, [Q] + ANSWER,
         ["光照太强", "液体肥", "相关问题", "烂根了还能救活吗", "赞同", "采纳率", "其他 2 条回答"],
         {"title": "绿萝叶子发黄是什么原因"}),
    Case("encyclopedia-entry", ENCY_HTML, ENCY,
         ["目录", "冲泡方法", "参考资料", "西南茶叶志", "词条统计", "编辑 讨论"], {"title": "云岭茶"}),
    Case("portal-article-ads-strip-comments", NEWS_HTML, NEWS,
         ["广告", "家电焕新季", "图集", "通车仪式现场", "共12张", "韩雪", "网友评论", "已有36人参与", "热门推荐",
          "美食节开幕"],
         {"title": "第三座跨江大桥今天通车", "published": "2026-06-18", "source_name": "江州晚报", "editor": "韩雪"}),
    Case("blog-tagcloud-archive-comments", BLOG_HTML, BLOG,
         ["花箱用的是什么土", "又小又酸", "经常掐尖", "条评论", "标签云", "烘焙", "文章归档", "2026年3月",
          "记录生活中的小确幸"],
         {"title": "阳台菜园的第一个春天", "published": "2026-05-06"}),
    Case("tech-review-inline-related-cards", TECH_HTML, TECH,
         ["相关文章", "长期使用体验", "横向对比", "五个误区", "平板电脑上手体验", "分享到"],
         {"title": "轻薄本新选择：某品牌十四英寸笔记本评测", "published": "2026-03-21", "author": "周一鸣"}),
    Case("gov-nested-table-layout", GOV_HTML, GOV + ["区防汛抗旱指挥部", "2026年5月27日"],
         ["机构概况", "数据发布", "第3批项目评审", "访问次数", "打印", "ICP备", "当前位置"],
         {"title": "关于做好汛期防汛值班工作的通知", "published": "2026-05-28", "source_name": "区应急管理局"}),
    Case("mobile-truncated-open-app", MOBILE_HTML, MOBILE,
         ["阅读体验更佳", "展开全文", "打开APP阅读全文", "为你推荐", "地铁2号线", "下载江州新闻APP"],
         {"title": "城东公园樱花进入盛花期", "published": "2026-03-16"}),
    Case("article-split-by-br", BR_HTML, BRS, ["上一篇", "下一篇", "猜灯谜"],
         {"title": "市图书馆新馆正式开放", "published": "2026-01-12", "source_name": "市文化广电旅游局"}),
    Case("traditional-press-release", HK_HTML, HK,
         ["無障礙瀏覽", "新聞公報", "香港時間", "陳家明", "列印本頁", "私隱政策"],
         {"title": "衞生署公布上月食物中毒個案數字", "published": "2026-07-03", "source_name": "衞生署",
          "editor": "陳家明"}, {"script": "keep"}),
]

# Known gaps, each pinned strict (the case passes → the pin must go).
KNOWN_GAPS6: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES6, KNOWN_GAPS6))
def test_holdout6_case(case: Case) -> None:
    assert check(case) == []


if __name__ == "__main__":
    summary(CASES6)
