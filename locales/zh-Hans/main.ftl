# Paso 界面文字 — 简体中文。
# 请保留 `{ $name }` 这类占位符，不要翻译。

language-name = 简体中文
site-name = Paso
site-tagline = 在美国陆路边境，你有哪些权利
skip-to-content = 跳到正文
nav-home = 首页
nav-sources = 资料来源
nav-languages = 语言
language-switcher = 语言
landing-title = 请选择语言
landing-intro = 这是一份简明指南，告诉你开车或步行经过美国陆路边境时有哪些权利。没有信号也能用。

home-title = 在陆路边境，你有哪些权利
home-intro = 给开车或步行往返美国与加拿大、墨西哥之间的人的简明解答。没有信号时，这份指南也能在手机上使用。
home-who = 哪一项符合你的情况？
home-who-intro = 选一项，就只显示针对你情况的建议。
home-articles = 全部主题

status-us-citizen = 美国公民
status-green-card = 绿卡持有人
status-visa = 持签证者或其他访客
status-visitor-ca-mx = 加拿大或墨西哥访客
status-pending-or-parole = 案件审理中、假释入境（parole）或 TPS
status-no-status = 没有移民身份

for-title = 给以下人群的建议：{ $status }
for-intro = 下面是本指南中专门为你写的部分。每一部分都链接到完整文章，那里有全部内容和资料来源。
for-none = 本指南中没有只针对这一人群的内容。下面的主题适用于所有人。
for-also = 同样适用于你的主题
for-read-more = 在完整文章中阅读这一部分
for-from-article = 出自：{ $article }

applies-to = 适用于：
toc = 本页内容
last-checked = 最近一次与资料来源核对：{ $date }
review-due-passed = 本页原定于 { $date } 重新核对，部分内容可能已经过时。
legal-review-none = 本页尚未经过律师审核。
legal-review-done = 由 { $reviewer } 于 { $date } 审核。
not-legal-advice = 这里是一般信息，不是法律意见。关于你自己的情况，请咨询移民律师或 DOJ（美国司法部）认可的代表（accredited representative）。
sources = 资料来源
source-via = 副本
source-accessed = 阅读日期：{ $date }
sources-title = 全部资料来源
sources-intro = 本指南中的每一条事实都出自下列资料来源，按文章逐篇列出。
previous = 上一篇
next = 下一篇

translation-unreviewed = 本译文还没有经过人工核对。
translation-outdated = 本译文完成后，英文原文有了改动。本页内容可能已经过时。
translation-missing = 本页暂时没有{ $language }版本，因此以英文显示。
read-original = 阅读英文原文

not-found-title = 找不到页面
not-found-text = 这个页面不存在，可能已经移到别处。
not-found-home = 回到首页

footer-publisher = 发布者：{ $publisher }。
footer-version = 内容版本：{ $version }。
footer-corrections = 发现错误？{ $contact }
footer-privacy = 本指南不设置 cookie，不统计访客，也不从其他网站加载任何内容。

local-help = 本地求助
local-phone = 电话：
local-hours = 时间：
local-address = 地址：
local-languages = 语言：

alert-note = 说明
alert-tip = 提示
alert-important = 重要
alert-warning = 警告
alert-caution = 注意
external-link = （其他网站）


# Search.
nav-search = 搜索
search-title = 搜索本指南
search-label = 搜索词
search-button = 搜索
search-found = “{ $query }”的搜索结果：{ $count } 条
search-none = 没有找到“{ $query }”。请换一个词，或从下面的列表中选择主题。
search-empty = 请输入要搜索的词，例如“照片”或“手机”。
search-too-long = 搜索内容太长。请减少字词（最多 { $max } 个字符）。
search-noscript = 在这个保存的副本中，搜索需要 JavaScript。没有它时，请从下面的列表中选择主题。

# Navigation, saving, quick exit, rights card, sharing.
nav-main = 主菜单
nav-breadcrumb = 当前位置
nav-card = 权利卡
nav-share = 分享
list-separator = { "、" }
quick-exit = 快速离开
save-offline = 保存本指南
save-offline-hint = 一个文件包含所有主题，以后即使没有信号也能在手机上打开。
offline-keep = 将本指南保存在此设备上
offline-kept = 已保存在此设备上，可离线阅读。
offline-made = 来自 { $publisher } 的保存副本，制作于 { $date }。内容版本 { $version }。
offline-contents = 主题
offline-back = 返回主题列表
card-title = 出示给官员看
card-intro = 大声读出一句话，或出示这个屏幕。英文是给官员看的。
card-print = 打印钱包卡
card-print-title = 钱包卡
card-print-hint = 双面打印，沿虚线剪下，把卡片放在钱包里。
card-to-officer = 致官员
card-version = Paso { $version } · { $date }
card-only-for = 仅适用于：{ $who }
share-title = 分享本指南
share-url-title = 打开指南
share-intro = 用手机相机对准这个二维码，即可在那部手机上打开指南。
share-qr-alt = 含有本指南地址的二维码
share-wifi-title = 首先，连接 Wi-Fi
share-wifi = 扫描这个二维码，连接 Wi-Fi 网络 { $ssid }。
share-none = 这份指南是一组文件，不是服务器。要分享它，请发送下面的单文件副本。

# 日期：{ $day } 和 { $year } 是数字，{ $month } 是 month-1 … month-12 中的一个。
date-format = { $year }年{ $month }{ $day }日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

# Issue 14: phone-first layout, share notice, search description.
menu = 菜单
meta-checked = 核对于 { $date }
meta-review-none = 未经律师审阅
meta-review-done = 已经律师审阅
meta-applies-all = 适用于所有人
meta-applies-some = 适用于 { $count } 类人
meta-details = 关于本页
share-loopback = 这个二维码只在本设备上有效：Paso 正在本设备自己的地址上运行，其他手机无法访问。
share-hotspot = 如要通过热点或 Wi-Fi 分享，请停止 Paso，用 { $command } 重新启动，然后再次打开本页。
search-description = 无需信号，搜索指南的所有页面。
# paso preview only (issue 17): the problems panel shown while editing.
preview-problems-title = 内容有 { $count } 个错误
preview-problems-intro = 指南仍显示最后一个没有错误的版本。请修改文件并保存：此页面会自动重新加载。
preview-error = 错误
preview-warning = 警告
# Issue 12: who vouches for the guide; re-sharing the signed bundle
provenance-signed = 由 { $publisher } 签名（minisign 密钥 { $key }）。版本 { $version }，日期 { $date }。
provenance-unsigned = 未签名：本指南副本（版本 { $version }）来自一个文件夹，没有发布者为其担保。
provenance-title = 谁为本指南担保
provenance-check = 已签名的副本（.paso 文件）在显示前会先经过检查。如果 Paso 提示某个副本的签名验证失败，请不要使用或转发该副本：有人改动过它。请向给你副本的机构索取新的副本。
bundle-offer-title = 为你自己的 Paso 获取本指南
bundle-offer = 版本 { $version }，由 { $publisher } 签名（密钥 { $key }），{ $size }。在另一部手机或信息亭上用 paso serve --bundle 打开。
# Issue 16: the sign-in sheet on a hotspot, reading aloud, counts.
captive-title = 关于您在边境权利的免费指南
captive-no-internet = 此 Wi-Fi 没有互联网，只免费提供本指南。
captive-choose = 请选择您的语言：
captive-open-browser = 此窗口不保存任何内容。要继续阅读指南，请打开您的浏览器（Chrome、Safari、Firefox）并输入 { $address }
listen = 朗读
listen-pause = 暂停
listen-resume = 继续
listen-stop = 停止
about-counts = 本指南副本会统计每天每种语言、每个页面被阅读的次数，除此之外什么都不保存：没有地址，没有具体时间，没有页面顺序，没有关于您的任何信息。少于 5 的数字显示为“少于 5”。
# Dated claims and back-translation checks (content v2)
# Shown beside a statement that depends on time: "as of 5 December 2026".
claim-as-of = （截至 { $date }）
translation-back-checked = 机器翻译，已通过回译成英文进行核对，尚未经过人工审校。
# Issue 12: "What changed", per version
changes-title = 更新内容
changes-entry = 版本 { $version }，{ $date }：
changes-all = 所有更新，按版本列出
changes-about-title = 各版本的更新内容
changes-about-intro = 这是版本 { $version }。如果您的指南副本（保存的网页或打印的卡片）显示的是更早的版本，以下是此后的不同之处。

# Issue 15: the questions an article answers; suggestions when a search finds nothing.
article-answers = 本页解答
search-did-you-mean = 您是不是要找：
