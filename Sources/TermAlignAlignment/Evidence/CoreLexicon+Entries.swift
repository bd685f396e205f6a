extension CoreLexicon {
    /// The lexicon's concepts, one per line: `english | russian | chinese` (see ``CoreLexicon``).
    /// Chosen for sentence alignment: words that translations keep, not words that every sentence has.
    static let entries = """
    # State, politics, law
    government*, governmental | правительств* | 政府
    state, states, country, countries, national | государств*, стран*, странах, страной, национальн*, общенациональн* | 国家, 各国, 全国, 本国, 缔约国
    nation, nations | наци*, народ* | 民族
    international, internationally | международн* | 国际
    president, presidents, presidential | президент* | 总统
    minister, ministers | министр* | 部长
    ministry, ministries | министерств* | 部委, 各部
    prime | премьер* | 总理
    parliament*, parliamentary | парламент* | 议会
    congress | конгресс* | 国会
    senate, senator* | сенат* | 参议院, 参议员
    election, elections | избират*, выборы, выборов, выборах, выборам | 选举
    vote, votes, voted, voting, voter* | голос* | 投票, 选民
    candidate* | кандидат* | 候选人
    party, parties | парти*, сторон* | 政党, 党派, 缔约方, 各方, 双方
    politics, political, policy, policies | политик*, политич* | 政治, 政策
    law, laws, legal | закон*, правов* | 法律
    legislation, legislative | законодательн*, законодательств* | 立法
    court, courts | суд, суда, суде, судом, суды, судов, судам, судами | 法院, 法庭
    judge, judges | судья, судьи, судей | 法官
    crime, crimes, criminal, criminals | преступ*, уголовн* | 犯罪, 刑事
    police | полиц*, полицейск* | 警察, 警方
    prison*, jail* | тюрьм*, тюрем | 监狱
    arrest* | арест* | 逮捕
    sentence* | приговор* | 判处, 判决
    investigation*, investigat* | расследован* | 调查
    right, rights | прав, права, правам, правами, правах | 权利, 人权
    human | человеческ* | 人类
    freedom*, liberty | свобод* | 自由
    democracy, democratic | демократ*, демократическ* | 民主
    independence, independent | независим* | 独立
    sovereignty, sovereign | суверенитет* | 主权
    security, safe, safety | безопасност*, безопасн* | 安全
    peace, peaceful | миром, мирн* | 和平
    peacekeeping, peacekeepers | миротвор* | 维和
    war, wars | войн*, война | 战争
    conflict* | конфликт* | 冲突
    military | военн* | 军事
    army, armies, troops | арми*, войск* | 军队, 部队
    soldier* | солдат* | 士兵
    weapon* | оружи* | 武器
    nuclear | ядерн* | 核武器
    missile* | ракет* | 导弹
    attack* | атак*, нападен* | 袭击, 攻击
    terroris* | террор* | 恐怖
    violence, violent | насили* | 暴力
    killed, kill, killing | убит*, убий* | 杀害, 打死
    dead, death, deaths | смерт*, погиб*, гибел* | 死亡
    victim* | жертв* | 受害者, 遇难者
    refugee* | беженц* | 难民
    migrant, migrants, migration, immigration, immigrants, immigrant | мигрант*, миграц*, иммигра* | 移民
    border* | границ*, пограничн* | 边境, 边界
    sanction* | санкци* | 制裁
    treaty, treaties | договор* | 条约
    agreement* | соглашени* | 协议, 协定
    negotiation*, talks | переговор* | 谈判
    cooperation | сотрудничеств* | 合作
    partnership, partner* | партнер*, партнёр* | 伙伴
    relations, relationship* | отношени* | 关系
    diplomat, diplomats, diplomatic, diplomacy | дипломат* | 外交
    foreign | иностранн*, зарубежн*, внешн* | 外国, 对外
    ambassador, ambassadors | посол, посла, послом, послы, послов | 大使
    embassy, embassies | посольств* | 大使馆, 使馆
    delegation* | делегаци* | 代表团
    representative* | представител* | 代表
    member, members, membership | член* | 成员, 会员国
    leader, leaders, leadership | лидер*, руководител* | 领导人, 领导
    official, officials | официальн*, чиновник* | 官员
    secretary | секретар* | 秘书
    general | генеральн* | 秘书长
    council* | совет* | 理事会
    committee, committees, commission, commissions | комитет*, комисси* | 委员会
    assembly | ассамбле* | 大会
    conference, conferences, meeting, meetings | конференци*, заседани*, совещани* | 会议
    session, sessions | сесси* | 届会
    summit* | саммит* | 峰会
    resolution* | резолюци* | 决议
    decision, decisions, decides, decided, decide | решени*, постановля*, постановил* | 决定
    report, reports, reported, reporting | доклад*, сообщ* | 报告, 报道
    declaration | деклараци* | 宣言
    statement* | заявлени* | 声明
    organization*, organisation* | организаци* | 组织
    union | союз* | 联盟
    united | объединенн*, объединённ* | 联合国, 联合
    federation | федераци* | 联邦
    republic | республик* | 共和国
    kingdom | королевств* | 王国
    king | король, короля, королю, королем, королём | 国王
    queen | королев* | 女王
    emperor* | император* | 皇帝
    citizen* | граждан* | 公民
    population* | населени* | 人口
    people | люди, людей, людям, людьми, людях, человек | 人民, 人们, 民众
    public | общественн*, публичн* | 公众, 公共
    society, societies, social | обществ*, социальн* | 社会
    community, communities | сообществ*, общин* | 社区
    protest* | протест* | 抗议
    reform* | реформ* | 改革
    corruption | коррупци* | 腐败
    crisis, crises | кризис* | 危机
    region, regions, regional, area, areas | регион*, региональн*, район*, област* | 地区, 区域
    province, provinces, provincial | провинци* | 省份, 全省
    city, cities | город* | 城市
    capital | столиц* | 首都
    village, villages | деревн*, село, села, селе, сёл | 村庄
    territory, territories | территори* | 领土, 境内
    world | мира, мире, миру, мировой, мировых, мирового, мировым | 世界
    global, globally | глобальн* | 全球
    # Economy, work, money
    economy, economic, economics | экономик*, экономич* | 经济
    trade | торгов* | 贸易
    market, markets | рынок, рынка, рынке, рынки, рынков, рынкам, рынках | 市场
    price, prices | цена, цены, цене, цену, ценой, цен, ценам, ценами, ценах | 价格
    cost, costs | стоимост*, затрат* | 成本, 费用
    budget* | бюджет* | 预算
    tax, taxes | налог* | 税收
    bank, banks, banking | банк* | 银行
    money | деньг*, денег | 金钱
    fund, funds, funding | фонд*, средств* | 基金, 资金
    financial, finance, financing | финанс*, финансирован* | 金融, 财政
    investment*, investor* | инвестиц*, инвестор* | 投资
    dollar* | доллар* | 美元
    euro, euros | евро | 欧元
    company, companies | компани* | 公司
    business*, businesses | бизнес* | 企业, 商业
    industry, industries, industrial | промышлен*, отрасл* | 工业, 产业
    production, produce*, product* | производ*, продукц* | 生产, 产品
    agricultur* | сельск* | 农业
    farmer* | фермер* | 农民
    energy | энерги* | 能源
    oil | нефт* | 石油
    gas | газ, газа, газом, газе | 天然气
    electricity, electric* | электр* | 电力
    worker, workers, employee, employees | работник*, рабоч* | 工人, 员工, 工作者, 劳动者
    employment, unemployment | занятост*, безработ* | 就业, 失业
    salary, salaries, wage, wages | зарплат*, заработн* | 工资
    poverty, poor | бедност*, бедн* | 贫困
    growth | рост* | 增长
    increase*, increasing | увеличени*, повышени* | 增加
    decline*, decrease* | снижени*, сокращени* | 下降, 减少
    development | развити* | 发展
    sustainable | устойчив* | 可持续
    resource* | ресурс* | 资源
    infrastructure | инфраструктур* | 基础设施
    transport* | транспорт* | 交通, 运输
    export* | экспорт* | 出口
    import, imports | импорт* | 进口
    customer*, consumer* | потребител*, клиент* | 消费者, 客户
    shop, shops, store, stores | магазин* | 商店
    sale, sales | продаж* | 销售
    contract* | контракт* | 合同
    project* | проект* | 项目
    programme, programmes, program, programs | программ* | 方案, 规划
    plan, plans, planned, planning | план* | 计划
    strategy, strategies, strategic | стратеги* | 战略
    management, manager, managers, administration | управлен*, менеджер*, администрац* | 管理, 行政
    service, services | услуг*, служб* | 服务
    insurance | страхов* | 保险
    property | собственност*, имуществ* | 财产
    # Health and science
    health | здоровь*, здравоохранени* | 健康, 卫生
    medical, medicine* | медицин* | 医疗, 医学
    hospital* | больниц*, госпитал* | 医院
    doctor*, physician* | врач* | 医生
    nurse* | медсестр* | 护士
    patient* | пациент*, больн* | 患者, 病人
    disease, diseases, illness, illnesses | болезн*, заболевани* | 疾病
    virus, viruses, viral | вирус* | 病毒
    coronavirus* | коронавирус* | 冠状病毒
    pandemic* | пандеми* | 大流行
    epidemic, epidemics | эпидеми* | 流行病
    outbreak, outbreaks | вспышк* | 疫情, 暴发, 爆发
    infection, infections, infected | инфекц*, инфицир*, инфицирован*, заражен* | 感染
    vaccine*, vaccinat* | вакцин* | 疫苗
    test, tests, tested, testing | тест*, тестирован* | 检测
    symptom* | симптом* | 症状
    fever | лихорадк* | 发烧, 发热
    cough* | кашл* | 咳嗽
    treatment, treatments, treat, treated, therapy | лечени*, лечить, терапи* | 治疗, 疗法
    drug, drugs | препарат*, лекарств* | 药物
    mask, masks | маск* | 口罩
    quarantine, isolation | карантин*, изоляц* | 隔离, 检疫
    respiratory | респиратор*, дыхательн* | 呼吸
    lung, lungs | легк*, лёгк* | 肺部
    blood | кров* | 血液
    heart | сердц*, сердеч* | 心脏
    cancer | рак, рака, раком, раке, онколог* | 癌症
    cell, cells | клетк*, клеток | 细胞
    protein, proteins | белок, белка, белков*, белки, белком, белке | 蛋白
    gene, genes, genetic* | ген, гена, генов, генетич* | 基因
    brain* | мозг* | 大脑
    immune, immunity | иммун* | 免疫
    antibod* | антител* | 抗体
    clinical | клиническ* | 临床
    trial, trials | испытани* | 试验
    risk, risks | риск* | 风险
    case, cases | случа* | 病例, 案例
    transmission, transmitted, spread, spreading | передач*, распростран* | 传播, 蔓延
    prevention, prevent, prevented | профилакти*, предотвра* | 预防, 防止
    hygiene | гигиен* | 个人卫生
    hand, hands | рука, руки, руку, рук, руками, руках, рукой | 双手, 手部
    wash, washing | мыть*, мыть | 洗手
    research, researcher, researchers, study, studies | исследован*, исследовател* | 研究
    scientist* | учен*, учён* | 科学家
    science, scientific | наук*, научн* | 科学
    laboratory, laboratories, lab, labs | лаборатор* | 实验室
    data | данн* | 数据
    analysis | анализ* | 分析
    sample, samples | образц*, проб* | 样本
    experiment* | эксперимент* | 实验
    theory | теори* | 理论
    species | вид, вида, видов, видам | 物种
    animal* | животн* | 动物
    bird, birds | птиц* | 鸟类
    fish | рыба, рыбы, рыбу, рыб, рыбой, рыбами | 鱼类
    insect* | насеком* | 昆虫
    plant, plants | растени* | 植物
    tree, trees | дерев* | 树木
    forest* | лес, леса, лесов, лесах, лесн* | 森林
    dinosaur* | динозавр* | 恐龙
    bacteria | бактери* | 细菌
    water | вода, воды, воду, водой, воде, водам, водами, водах, водн*, водоснабжени* | 水资源, 饮用水, 用水, 水源, 水中, 水质
    food | пища, пищи, пищу, пищей, пищев*, продовольств*, еда, еды | 食物, 粮食
    climate | климат* | 气候
    weather | погод* | 天气
    temperature* | температур* | 温度
    rain | дожд* | 下雨
    snow | снег* | 下雪
    storm, storms | шторм*, буря, бури, бурю, бурей | 风暴
    hurricane* | ураган* | 飓风
    earthquake* | землетрясени* | 地震
    flood, floods, flooding | наводнени* | 洪水
    fire, fires | пожар* | 火灾
    disaster* | бедстви*, катастроф* | 灾难
    environment, environmental | окружающ*, экологи* | 环境
    pollution | загрязнени* | 污染
    carbon | углерод* | 碳排放
    emission, emissions | выброс* | 排放
    earth | земл* | 地球
    planet, planets | планет* | 行星
    space | космос*, космическ* | 太空, 空间
    star, stars | звезд*, звёзд* | 恒星
    sun | солнц*, солнечн* | 太阳
    moon | луна, луны, луну, луне, луной, лунн* | 月球
    satellite* | спутник* | 卫星
    telescope* | телескоп* | 望远镜
    astronaut* | астронавт*, космонавт* | 宇航员
    ocean, oceans, sea, seas | океан*, море, моря, морю, морем, морей, морям, морях, морск* | 海洋
    river, rivers | река, реки, реку, рекой, реке, рек, рекам, реками, реках | 河流
    lake, lakes | озер*, озёр* | 湖泊
    island, islands | остров* | 岛屿
    mountain, mountains | гора, горы, гору, горой, горе, гор, горам, горами, горах, горн* | 山区, 山脉
    ice | лед, льда, ледник* | 冰川
    volcano* | вулкан* | 火山
    # Technology and media
    technology, technologies, technical | технолог*, техническ* | 技术
    internet, online | интернет* | 互联网, 网上
    computer* | компьютер* | 计算机, 电脑
    software | программн* | 软件
    phone, phones, smartphone* | телефон*, смартфон* | 电话, 手机
    application*, app, apps | приложени* | 应用程序
    network, networks | сеть, сети, сетью, сетей, сетям, сетями, сетях | 网络
    system, systems | систем* | 系统
    information | информаци* | 信息
    media | сми, медиа | 媒体
    newspaper* | газет* | 报纸
    television, tv | телевиден*, телевизор* | 电视
    radio | радио | 电台
    journalist* | журналист* | 记者
    website* | сайт* | 网站
    video, videos | видео | 视频
    photo, photos, photograph* | фото*, снимк* | 照片
    camera* | камер* | 相机, 摄像
    robot* | робот* | 机器人
    car, cars, vehicle* | автомобил*, машин* | 汽车, 车辆
    aircraft, plane, planes, airplane* | самолет*, самолёт* | 飞机
    airport* | аэропорт* | 机场
    flight, flights | рейс*, полет*, полёт* | 航班, 飞行
    train, trains | поезд* | 火车, 列车
    railway*, rail | железнодорожн*, железн* | 铁路
    ship, ships, boat, boats | судн*, корабл*, лодк* | 船只
    road, roads | дорог* | 道路
    bridge* | мост* | 桥梁
    building, buildings | здани* | 建筑
    # People, life
    child, children | дети, детей, детям, детьми, детях, детск*, ребен*, ребён* | 儿童, 孩子
    woman, women, female | женщин* | 妇女, 女性
    man, men, male | мужчин* | 男子, 男性
    girl, girls | девочк*, девочек, девушк* | 女孩, 女童
    boy, boys | мальчик* | 男孩
    family, families | семь*, семей | 家庭
    mother, mothers, mom | мать, матери, мама, мамы, маму, мамой | 母亲
    father*, dad | отец, отца, отцу, отцом, отце | 父亲
    parent, parents | родител* | 父母
    son, sons | сын, сына, сыну, сыном, сыне, сыновья, сыновей | 儿子
    daughter, daughters | дочь, дочери, дочерью, дочерей | 女儿
    wife | жена, жены, жену, женой, жене, супруг* | 妻子
    husband* | муж, мужа, мужу, мужем | 丈夫
    friend, friends | друз*, друг | 朋友
    student* | студент*, учащ* | 学生
    teacher* | учител*, преподавател* | 教师, 老师
    school, schools | школ* | 学校
    university, universities | университет* | 大学
    education*, educational | образовани* | 教育
    language, languages | язык* | 语言
    book, books | книг* | 书籍
    history, historical | истори* | 历史
    culture, cultural | культур* | 文化
    art, arts, artist* | искусств*, художник* | 艺术
    music*, musician* | музык* | 音乐
    song, songs | песн*, песен | 歌曲
    film, films, movie* | фильм*, кино | 电影
    museum* | музе* | 博物馆
    religion*, religious | религи* | 宗教
    church* | церк* | 教堂
    god | бог, бога, богу, богом | 上帝
    game, games | игра, игры, игру, игрой, игре, игр, играм, играми, играх | 游戏, 比赛
    team, teams | команд* | 球队, 团队
    player, players | игрок* | 球员
    coach* | тренер* | 教练
    football, soccer | футбол* | 足球
    olympic* | олимпийск* | 奥运
    champion* | чемпион* | 冠军
    tournament* | турнир* | 锦标赛
    sport, sports | спорт* | 体育
    win, wins, won, winner, winners, victory | побед* | 获胜, 胜利, 赢得
    goal, goals, objective, objectives, target, targets | цель, цели, целью, целей, целям, целями, целях | 目标
    season, seasons | сезон* | 赛季
    tourist*, tourism | турист*, туризм* | 游客, 旅游
    travel* | путешеств*, поездк* | 旅行
    hotel* | отел*, гостиниц* | 酒店
    home, homes, house, houses, housing | дом, дома, домой, домов, домах, жиль* | 家中, 家里, 住房, 房屋
    restaurant* | ресторан* | 餐厅
    life, lives | жизн* | 生命
    age | возраст* | 年龄
    old, elderly | стар*, пожил* | 老人, 老年人
    young, youth | молод* | 年轻, 青年
    body, bodies | тело, тела, телу, телом, теле | 身体, 尸体
    # Time
    year, years | год, года, году, годом, годе, годы, годов, годам, годах, лет | 今年, 去年, 明年, 多年
    month, months | месяц* | 个月
    week, weeks | недел* | 星期, 每周, 本周, 上周, 下周
    day, days | день, дня, дню, днем, днём, дни, дней, дням, днях | 每天, 当天, 几天
    hour, hours | час, часа, часов, часам, часах | 小时
    minute, minutes | минут* | 分钟
    today | сегодня | 今天
    yesterday | вчера | 昨天
    tomorrow | завтра | 明天
    morning | утро, утра, утром, утру, утренн* | 早上, 上午
    evening | вечер* | 晚上
    night | ночь, ночи, ночью, ночей, ночн* | 夜间, 夜里
    monday | понедельник* | 周一, 星期一
    tuesday | вторник* | 周二, 星期二
    wednesday | сред, среду, среда | 周三, 星期三
    thursday | четверг* | 周四, 星期四
    friday | пятниц* | 周五, 星期五
    saturday | суббот* | 周六, 星期六
    sunday | воскресень* | 周日, 星期日
    century, centuries | век, века, веке, веков | 世纪
    decade* | десятилети* | 十年
    spring | весн* | 春季, 春天
    summer | летом, летн* | 夏季, 夏天
    autumn, fall | осен* | 秋季, 秋天
    winter | зима, зимы, зиму, зимой, зиме, зимн* | 冬季, 冬天
    future | будущ* | 未来
    past | прошл* | 过去
    period* | период* | 期间
    time | врем*, времени | 时间
    # Geography: countries, peoples, cities
    russia, russian, russians | росси*, русск* | 俄罗斯
    china, chinese | кита* | 中国
    america, american, americans, usa | америк*, сша, соединенн*, соединённ* | 美国, 美洲
    britain, british, england, english | британ*, великобритани*, англи* | 英国, 英语
    france, french | франц* | 法国
    germany, german | германи*, немецк* | 德国
    italy, italian | итали* | 意大利
    spain, spanish | испани* | 西班牙
    portugal, portuguese | португал* | 葡萄牙
    japan, japanese | япони* | 日本
    korea, korean | коре* | 韩国, 朝鲜
    india, indian | инди* | 印度
    pakistan* | пакистан* | 巴基斯坦
    afghanistan, afghan | афганистан*, афган* | 阿富汗
    iran, iranian | иран* | 伊朗
    iraq, iraqi | ирак* | 伊拉克
    syria, syrian | сири* | 叙利亚
    israel, israeli | израил* | 以色列
    palestine, palestinian* | палестин* | 巴勒斯坦
    egypt, egyptian | египет*, египт* | 埃及
    turkey, turkish | турци*, турецк* | 土耳其
    ukraine, ukrainian | украин* | 乌克兰
    poland, polish | польш*, польск* | 波兰
    canada, canadian | канад* | 加拿大
    mexico, mexican | мексик* | 墨西哥
    brazil, brazilian | бразили* | 巴西
    argentina | аргентин* | 阿根廷
    australia, australian | австрали* | 澳大利亚
    zealand | зеланди* | 新西兰
    africa, african | африк* | 非洲
    somalia, somali | сомали | 索马里
    sudan* | судан* | 苏丹
    nigeria* | нигери* | 尼日利亚
    kenya* | кени* | 肯尼亚
    ethiopia* | эфиопи* | 埃塞俄比亚
    congo* | конго | 刚果
    libya* | ливи* | 利比亚
    yemen* | йемен* | 也门
    saudi | саудовск* | 沙特
    arab, arabic | араб* | 阿拉伯
    europe, european | европ*, евросоюз* | 欧洲, 欧盟
    asia, asian | азия, азии, азию, азиатск* | 亚洲
    netherlands, dutch | нидерланд*, голланд* | 荷兰
    belgium | бельги* | 比利时
    switzerland, swiss | швейцари* | 瑞士
    sweden, swedish | швеци*, шведск* | 瑞典
    norway, norwegian | норвеги* | 挪威
    greece, greek | греци*, греческ* | 希腊
    austria* | австри* | 奥地利
    vietnam* | вьетнам* | 越南
    thailand | таиланд* | 泰国
    indonesia* | индонези* | 印度尼西亚
    philippines | филиппин* | 菲律宾
    singapore | сингапур* | 新加坡
    malaysia* | малайзи* | 马来西亚
    cuba, cuban | куба, кубы, кубе, кубу, кубинск* | 古巴
    venezuela* | венесуэл* | 委内瑞拉
    colombia* | колумби* | 哥伦比亚
    kazakhstan | казахстан* | 哈萨克斯坦
    taiwan | тайван* | 台湾
    tibet | тибет* | 西藏
    moscow | москв*, московск* | 莫斯科
    beijing | пекин* | 北京
    shanghai | шанха* | 上海
    wuhan | ухан* | 武汉
    hubei | хубэ* | 湖北
    london | лондон* | 伦敦
    paris | париж* | 巴黎
    washington | вашингтон* | 华盛顿
    york | йорк* | 纽约
    tokyo | токио | 东京
    berlin | берлин* | 柏林
    geneva | женев* | 日内瓦
    california | калифорни* | 加利福尼亚, 加州
    texas | техас* | 得克萨斯
    florida | флорид* | 佛罗里达
    hong | гонконг* | 香港
    # Frequent verbs and their nouns
    said, say, says, told | заяв*, сказал* | 表示, 宣称, 声称
    announce, announced, announcement | объяв* | 宣布
    according, accordance | согласно, словам, соответствии | 根据, 据悉, 按照, 依照
    believe*, believed | счита* | 认为
    support, supported, supporting | поддерж* | 支持, 支助
    help, helped, helping, assistance | помощ*, помог* | 帮助, 援助
    provide, provided, providing | предоставл* | 提供
    create, created, creation | созда* | 创建, 创造
    establish*, established | учрежд*, установ* | 建立, 设立
    build, built, construction | строительств*, постро* | 建设, 建造
    use, used, using, uses | использ*, использова*, использован*, применени* | 使用, 利用, 运用
    protect*, protection | защит* | 保护
    control, controlled | контрол* | 控制
    continue, continued | продолж* | 继续
    begin, began, start, started | начал*, начин* | 开始
    end, ended | конец, конца, окончан*, заверш* | 结束
    open, opened | откр* | 开放, 开幕
    close, closed, closure | закр* | 关闭
    change, changes, changed | изменени* | 变化, 改变
    improve, improved, improvement | улучш* | 改善
    ensure*, ensuring | обеспеч* | 确保
    need, needs, needed, necessary | необходим*, нужд* | 需要, 必要
    important, importance | важн* | 重要
    possible, possibility | возможн* | 可能
    problem, problems, question, questions, issue, issues | проблем*, вопрос* | 问题
    situation* | ситуац*, положени* | 局势, 情况
    measure, measures | мер, меры, мерам, мерами, мерах | 措施
    action, actions | действи* | 行动
    activity, activities | деятельност* | 活动
    effort, efforts | усили* | 努力
    work, worked, working, job, jobs | работ* | 工作
    process* | процесс* | 进程, 过程
    result, results | результат* | 结果
    impact* | воздействи*, влияни* | 影响
    level, levels | уровн*, уровен* | 水平, 级别, 层面
    number, numbers | числ*, количеств* | 数量, 人数, 数字, 数目
    example, examples, instance | пример*, например | 例如, 比如
    group, groups | групп* | 小组, 团体
    center, centre, centers, centres | центр* | 中心
    office, offices | управлени*, офис* | 办事处, 办公室
    department, departments | департамент*, отдел* | 部门
    agency, agencies, institution, institutions | агентств*, учреждени*, институт* | 机构
    authority, authorities | власт*, орган* | 当局
    expert, experts, specialist, specialists | эксперт*, специалист* | 专家
    director* | директор* | 主任
    chairman, chair | председател* | 主席
    staff, personnel | персонал*, сотрудник* | 工作人员
    volunteer* | доброволь*, волонтер*, волонтёр* | 志愿者
    visit, visited, visitor* | визит*, посет* | 访问
    meet, met | встрет*, встреч* | 会见, 会晤
    discuss*, discussion* | обсу* | 讨论
    agree, agreed | соглас* | 同意
    propose, proposed, proposal, proposals | предлож* | 提议, 提案
    recommend, recommends, recommended, recommendation, recommendations | рекоменд* | 建议
    require*, requirement* | требовани*, треб* | 要求
    request* | просьб*, запрос* | 请求
    call, called, calls | призв*, призыв* | 呼吁
    warn, warned, warning | предупре* | 警告
    accuse*, accused | обвин* | 指责
    deny, denied | отриц*, опроверг* | 否认
    confirm, confirmed, confirms | подтверд*, подтвержд* | 证实, 确认, 确诊
    publish*, published, publication | опубликова*, публикац* | 发表, 公布
    write, wrote, written | написа* | 写道, 撰写, 写作
    read | чита* | 阅读
    speak, spoke, speech, spokesman, spokesperson | выступ*, речь, речи, речью | 讲话, 发言
    answer, answers, answered, response, responses, respond, responded | ответ*, реагирован* | 回答, 回应, 应对
    ask, asked | спросил*, спраш*, проси* | 询问, 问道, 提问
    buy, bought | купи*, покуп* | 购买
    sell, sold | прода* | 出售
    pay, paid, payment* | плат* | 支付
    receive, received | получ* | 收到, 获得
    send, sent | отправ*, направ* | 发送, 派遣, 送往
    return, returned | вернул*, возвра* | 返回
    leave, left | покину* | 离开
    arrive*, arrival | прибы* | 抵达
    live, lived, living | живет, живут, живёт, жить, живущ* | 居住, 生活
    die, died, dying | умер*, скончал* | 去世
    born | родил* | 出生
    find, found, discover, discovered, discovery | обнаруж*, нашли, нашел, нашёл, открыти* | 发现
    show, showed, shown | показ* | 显示
    lose, lost, loss, losses | потер*, утрат* | 失去, 损失
    injure*, injured, wounded | ранен* | 受伤
    rescue, rescued, rescuers | спасат*, спасени*, спасл* | 救援, 营救
    fight, fights, fighting, combat | борьб*, боев*, бои, боях | 战斗, 斗争, 打击, 抗击
    play, played, playing | игра* | 演奏, 扮演, 出演
    # Qualities
    new | новый, новая, новое, нового, новой, новом, новому, новые, новых, новым, новыми, новую | 新型, 新的
    large, big, great | больш*, крупн* | 大型, 大量, 大规模
    small | малый, малая, малое, малых, малым, небольш* | 小型
    high, higher | высок* | 高度, 较高, 很高, 高级
    low | низк* | 较低
    long | длин*, долг* | 长期
    first | перв* | 首次, 第一
    last, latest | последн* | 最后
    next | следующ* | 下一, 接下来, 下个
    main, major | основн*, главн* | 主要
    different, various | различн*, разн* | 不同
    other, others | друг* | 其他
    many | мног* | 许多
    several | нескольк* | 几个
    all | все, всех, всем, всеми | 所有
    only | тольк* | 仅仅, 只有
    special | специальн*, особ* | 特别
    local | местн* | 地方, 当地
    private | частн* | 私营, 私人, 民间
    free | бесплатн*, свободн* | 免费
    serious, severe, severely | серьезн*, серьёзн*, тяжел*, тяжёл* | 严重
    dangerous, danger | опасн* | 危险
    difficult | трудн*, сложн* | 困难
    modern | современн* | 现代
    ancient | древн* | 古代
    traditional, tradition* | традиц* | 传统
    popular | популярн* | 流行, 受欢迎
    famous, known | известн*, знаменит* | 著名, 知名
    rich | богат* | 富有
    white | белый, белая, белое, белого, белой, белом, белые, белых | 白色
    black | черн*, чёрн* | 黑色
    red | красн* | 红色
    green | зелен*, зелён* | 绿色
    blue | синий, синяя, синее, синего, синих, голуб* | 蓝色
    north, northern | север* | 北部
    south, southern | юг, юга, юге, южный, южная, южное, южного, южной, южном, южных | 南部
    east, eastern | восток*, восточн* | 东部
    west, western | запад* | 西部
    central | центральн* | 中部
    # Institutions and procedure (UN and official texts)
    implementation, implement, implemented, implementing | осуществлени*, выполнени*, реализац* | 执行, 实施, 落实
    agenda | повестк* | 议程
    secretariat | секретариат* | 秘书处
    convention, conventions | конвенци* | 公约
    charter | устав* | 宪章
    document, documents, documentation | документ* | 文件
    letter, letters | письм*, писем | 信函, 来信
    mandate, mandates | мандат* | 任务
    mission, missions | мисси* | 特派团, 使团
    review, reviewed | обзор*, рассмотрени* | 审查, 审议
    adopted, adoption, adopt | приня*, принят* | 通过
    approved, approve, approval | утвер* | 批准
    submitted, submit, submission | представлен*, представ* | 提交
    executive | исполнительн* | 执行局, 执行主任
    advisory | консультативн* | 咨询
    permanent | постоянн* | 常任, 常驻
    forum, forums | форум* | 论坛
    framework, frameworks | рамк*, рамочн* | 框架
    mechanism, mechanisms | механизм* | 机制
    dialogue, dialog | диалог* | 对话
    coordination, coordinate, coordinated | координац* | 协调
    consultation, consultations | консультац* | 磋商, 协商
    participation, participants, participate | участи*, участник* | 参与, 参加
    contribution, contributions, contribute | вклад* | 贡献, 捐款
    commitment, commitments, committed | обязательств*, приверженност* | 承诺
    principle, principles | принцип* | 原则
    assessment, assessments, evaluation | оценк* | 评估
    monitoring, monitor | мониторинг*, наблюдени* | 监测, 监督
    capacity, capacities | потенциал* | 能力
    training, trained | подготовк*, обучени* | 培训
    awareness | осведомленност*, информированност* | 意识
    gender | гендерн* | 性别
    equality | равенств*, равноправи* | 平等
    discrimination | дискриминац* | 歧视
    justice | правосуди*, справедливост* | 司法, 正义
    violation, violations, violated | нарушени* | 侵犯, 违反
    humanitarian | гуманитарн* | 人道主义
    emergency, emergencies | чрезвычайн*, экстренн* | 紧急
    disarmament | разоружени* | 裁军
    armed | вооруженн*, вооружённ* | 武装
    civil, civilian, civilians | гражданск* | 平民, 民事
    indigenous | коренн* | 土著
    sexual | сексуальн*, половой, половых | 性暴力, 性剥削, 性行为
    labour, labor | труд, труда, трудов*, трудящ* | 劳动
    domestic | внутренн* | 国内
    threat, threats, threaten, threatened | угроз* | 威胁
    damage, damaged | ущерб*, повреж* | 损害, 损坏
    event, events | событи*, мероприяти* | 事件
    status | статус* | 地位
    power, powers | полномочи*, мощн* | 权力
    access | доступ* | 准入, 获取
    role | роль, роли, ролью, ролей | 作用
    concern, concerns, concerned | обеспокоенност*, озабоченност* | 关切, 关注
    attention | внимани* | 注意
    respect, respected | уважени*, соблюдени* | 尊重
    progress | прогресс* | 进展
    evidence | доказательств* | 证据
    # Frequent general words
    including, include, includes, included | включ* | 包括
    based, basis | основ* | 基于, 基础
    related | связан* | 相关
    effective, effectively, effectiveness | эффективн* | 有效
    particular, particularly, especially | частност*, особенн* | 特别是, 尤其
    present, currently, current | настоящ*, текущ* | 目前, 当前
    relevant | соответствующ* | 有关
    specific | конкретн*, специфичн* | 具体
    similar | аналогичн*, подобн*, схож* | 类似
    comprehensive | всеобъемлющ*, всесторонн*, комплексн* | 全面
    appropriate | надлежащ*, соответствующими | 适当
    significant, significantly | значительн*, существенн* | 显著, 重大
    potential, potentially | потенциальн* | 潜在
    acute | остр* | 急性
    common, commonly | распространенн*, распространённ*, обыч* | 常见
    recent, recently | недавн* | 最近, 近期
    early | ранн* | 早期
    joint, jointly | совместн* | 共同
    together | вместе | 一起
    individual, individuals, person, persons | лиц, лица, лицам, лицами, лицах, лицо | 个人, 人员
    care | уход* | 护理, 照顾
    contact, contacts | контакт* | 接触
    conditions, condition | услови*, состояни* | 条件, 状况
    approach, approaches | подход* | 方法, 办法
    practice, practices | практик* | 做法, 实践
    experience, experiences | опыт* | 经验
    understanding | понимани* | 理解
    cause, caused, causes | причин*, вызва*, вызыва* | 导致, 原因
    news | новост* | 新闻
    platform, platforms | платформ* | 平台
    rule, rules | правил* | 规则
    field, fields | сфер* | 领域
    focus, focused | сосредоточ* | 重点, 侧重
    date, dates | дата, даты, дату, датой | 日期
    # Health and science, more
    bat, bats | летуч* | 蝙蝠
    chest | грудн*, грудь, груди | 胸部
    pain | боль, боли, болью, болев* | 疼痛
    soap | мыло, мыла, мылом | 肥皂
    sanitizer, sanitiser, disinfectant | антисептик*, дезинфиц* | 消毒
    diagnosis, diagnostic, diagnosed | диагност*, диагноз* | 诊断
    pneumonia | пневмони* | 肺炎
    influenza, flu | грипп* | 流感
    syndrome | синдром* | 综合征
    receptor, receptors | рецептор* | 受体
    genome | геном* | 基因组
    strain, strains | штамм* | 毒株
    mortality | смертност* | 死亡率
    intensive | интенсивн* | 重症
    ventilator, ventilators | аппарат* | 呼吸机
    surgery, surgical | хирург* | 手术
    tsunami | цунами | 海啸
    # Society and news
    crowd, crowds | толп* | 人群
    fan, fans | болельщик*, поклонник* | 粉丝, 球迷
    owner, owners | владел* | 所有者, 业主
    lawyer, lawyers, attorney | адвокат*, юрист* | 律师
    investigation, investigators | следовател* | 调查人员
    campaign, campaigns | кампани* | 运动
    nomination, nominee, nominated | кандидатур*, назнач* | 提名
    promote, promoting, promotion | содейств*, продвижени* | 促进, 推动, 推进
    strengthen, strengthening, strengthened | укреплени*, укрепл* | 加强
    achieve, achieved, achievement, achievements | достиж*, достигн*, достич* | 实现, 达到, 取得
    solution, solutions, settlement, resolve | урегулировани* | 解决
    emphasize, emphasized, emphasizes, stressed, stresses | подчерк* | 强调
    restriction, restrictions, restrict, limit, limits, limited | ограничени*, огранич* | 限制
    standard, standards | стандарт* | 标准
    responsibility, responsibilities, responsible | ответственност*, ответственн* | 责任, 负责
    demand, demands | спрос, спроса, потребност* | 需求
    challenge, challenges | вызов, вызовы, вызовов, вызовам, вызовами | 挑战
    interest, interests | интерес* | 利益, 兴趣
    welcome, welcomed, welcomes | приветств* | 欢迎
    authorize, authorized, authorization | санкциониров*, уполномоч* | 授权
    oppose, opposed, opposition | противодейств*, оппозици* | 反对, 反对派
    stability, stable | стабильн* | 稳定
    opportunity, opportunities | возможност* | 机会
    procedure, procedures | процедур* | 程序
    reaffirm, reaffirmed, reaffirms, reiterate, reiterated | вновь | 重申
    encourage, encourages, encouraged | поощря*, побужда* | 鼓励
    urge, urges, urged | настоятельно | 敦促
    illegal, illegally | незаконн* | 非法
    success, successful, successfully | успех*, успешн* | 成功
    outcome, outcomes | итог* | 成果
    priority, priorities | приоритет* | 优先
    choice, choose, chose, chosen, select, selected | выбор, выбора, выбору, выбрал*, выбра* | 选择
    stage, stages, phase, phases | этап*, стади*, фаза, фазы, фазе, фазу | 阶段
    host, hosts | хозяин*, хозяев* | 宿主
    putin | путин* | 普京
    trump | трамп* | 特朗普
    biden | байден* | 拜登
    obama | обам* | 奥巴马
    merkel | меркель | 默克尔
    macron | макрон* | 马克龙
    guterres | гутерриш* | 古特雷斯
    mouse, mice | мышь, мыши, мышей, мышам, мышами, мышах | 小鼠, 老鼠
    consequence, consequences | последстви* | 后果
    develop, developed, developing | разработ* | 开发, 研制
    opinion, opinions, view, views | мнени* | 意见, 看法
    regime, regimes | режим* | 政权, 制度
    elimination, eliminate | ликвидац*, искоренени* | 消除
    expansion, expand, expanded | расширени* | 扩大
    initiative, initiatives | инициатив* | 倡议
    iaea | магатэ | 原子能机构
    bureau | бюро | 主席团
    note, notes, noted, noting | отмеча*, отметил* | 注意到
    place, places | место, места, месте, мест, местах | 地点, 场所
    good, better, best | хорош*, лучш* | 良好, 更好, 最好
    positive | положительн*, позитивн* | 积极, 阳性
    negative | отрицательн*, негативн* | 消极, 阴性
    critical | критическ* | 关键, 危急
    provisional, temporary | предварительн*, временн* | 临时
    honour, honor | честь, чести | 荣幸
    name, names, named | имя, имени, имена, имен | 名字, 名称
    former | бывш* | 前任
    strong, stronger, strength | сильн* | 强大, 强劲
    line, lines | линия, линии, линию, линий | 线路
    affairs | дела, делам, делами, делах | 事务
    truth, true | правд*, истин* | 真相, 真实
    love, loved | любов*, любл*, любит* | 喜爱, 热爱
    story, stories | рассказ* | 故事
    picture, pictures, image, images | изображени*, картин* | 图片, 图像
    door, doors | двер* | 大门
    window, windows | окно, окна, окне, окном, окон, окнам, окнах | 窗户
    street, streets | улиц* | 街道
    table, tables | таблиц* | 表格
    # Pronouns that translations keep
    we, us, our, ours | мы, нас, нам, нами, наш, наша, наше, наши, нашего, нашей, нашему, нашим, наших, нашими | 我们
    they, them, their, theirs | они, их, им, ими, них, ним, ними | 他们, 她们, 它们
    you, your, yours | вы, вас, вам, вами, ваш, ваша, ваше, ваши, вашего, вашей, ваших, ты, тебя, тебе, тобой, твой, твоя, твое, твоё, твои | 你们, 你的
    """
}
