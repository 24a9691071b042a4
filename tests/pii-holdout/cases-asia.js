// Held-out PII cases: India, Japan, Korea, China, Singapore and South-East Asia.
// Hand-written; see holdout-set.js.
import { person, phone, email, location, dob, ip, id, failing } from './helpers.js';

export const cases = [
  {
    id: 'in-form-001',
    lang: 'en-IN',
    country: 'IN',
    register: 'form',
    text: `KYC FORM
Name: Priya Sharma
Father's name: Rajendra Prasad Sharma
DOB: 15/08/1990
Aadhaar No: 4829 3716 2051
PAN: BQKPS4821M
Address: Flat 402, Sai Residency, 12th Main, Indiranagar, Bengaluru 560038
Mobile: +91 98450 12377`,
    values: [
      person('Priya Sharma'),
      person('Rajendra Prasad Sharma'),
      dob('15/08/1990'),
      id('IN_AADHAAR', '4829 3716 2051'),
      id('IN_PAN', 'BQKPS4821M'),
      location('Flat 402, Sai Residency, 12th Main, Indiranagar, Bengaluru 560038'),
      phone('+91 98450 12377'),
    ],
    lookalikes: ['KYC FORM'],
  },
  {
    id: 'in-chat-002',
    lang: 'en-IN',
    country: 'IN',
    register: 'chat',
    text: `bhai my aadhar is 7361 0482 9155 and pan AJRPK7093F, income tax site says pan not linked. how to link? urgent, last date 30th june`,
    values: [id('IN_AADHAAR', '7361 0482 9155'), id('IN_PAN', 'AJRPK7093F')],
    lookalikes: ['30th june'],
  },
  {
    id: 'in-email-003',
    lang: 'en-IN',
    country: 'IN',
    register: 'email',
    text: `Dear Sir/Madam,

I, Arjun Reddy, request you to update my mobile number in the account from 9848022338 to 7702 418 559. My PAN is CXZPR1187D for your reference. Account no. ending 4471.

Thanking you,
Arjun Reddy
Plot 77, Road No. 12, Banjara Hills, Hyderabad - 500034`,
    values: [
      person('Arjun Reddy'),
      phone('9848022338'),
      phone('7702 418 559'),
      id('IN_PAN', 'CXZPR1187D'),
      location('Plot 77, Road No. 12, Banjara Hills, Hyderabad - 500034'),
    ],
    lookalikes: ['Sir/Madam'],
  },
  {
    id: 'in-ticket-004',
    lang: 'en-IN',
    country: 'IN',
    register: 'ticket',
    text: `Customer Lakshmi Narayanan complains refund not received for order OD429183746521. UPI ref/UTR 436918207715. Customer phone 044-2815 3390, email lakshmi.n1971@rediffmail.com`,
    values: [person('Lakshmi Narayanan'), phone('044-2815 3390'), email('lakshmi.n1971@rediffmail.com')],
    lookalikes: ['OD429183746521', '436918207715'],
    failing: [failing('IN_AADHAAR', '436918207715')],
  },
  {
    id: 'in-chat-005',
    lang: 'hi',
    country: 'IN',
    register: 'chat',
    text: `मेरा नाम सुनीता देवी है, जन्म तिथि 12/03/1975, आधार नंबर 2518 6630 4726। मुझे पेंशन फॉर्म भरने में मदद चाहिए। मोबाइल 94150 38826`,
    values: [person('सुनीता देवी'), dob('12/03/1975'), id('IN_AADHAAR', '2518 6630 4726'), phone('94150 38826')],
    lookalikes: ['पेंशन फॉर्म'],
  },
  {
    id: 'in-note-006',
    lang: 'en-IN',
    country: 'IN',
    register: 'note',
    text: `OPD note: Mr. Mohammed Irfan Shaikh, 42M, c/o chest pain x2 days. Aadhaar (for PMJAY) 9034 7781 2664. Address: B-14, Sector 62, Noida, Uttar Pradesh 201309. Attendant wife Rukhsar ph 98110 44732.`,
    values: [
      person('Mohammed Irfan Shaikh'),
      id('IN_AADHAAR', '9034 7781 2664'),
      location('B-14, Sector 62, Noida, Uttar Pradesh 201309'),
      person('Rukhsar'),
      phone('98110 44732'),
    ],
    lookalikes: ['PMJAY', 'x2 days'],
  },
  {
    id: 'in-chat-007',
    lang: 'en-IN',
    country: 'IN',
    register: 'chat',
    text: `hinglish me likho: "Ravi bhaiya, mera PAN card DLMPN5520Q hai aur Aadhaar 367512098483, please ITR file kar dena. Born 3rd Jan 1989 wala DOB daalna"`,
    values: [person('Ravi'), id('IN_PAN', 'DLMPN5520Q'), id('IN_AADHAAR', '367512098483'), dob('3rd Jan 1989')],
    lookalikes: ['ITR'],
  },
  {
    id: 'in-log-008',
    lang: 'en',
    country: 'IN',
    register: 'log',
    text: `2024-04-09 11:02:44.118 INFO  ekyc.AadhaarClient - OTP sent uid=6120 5937 4035 mobile=******2290 txn=UKC:3f9a21 name="Vikram Singh Rathore"`,
    values: [id('IN_AADHAAR', '6120 5937 4035'), person('Vikram Singh Rathore')],
    lookalikes: ['UKC:3f9a21', 'ekyc.AadhaarClient'],
  },
  {
    id: 'in-form-009',
    lang: 'en-IN',
    country: 'IN',
    register: 'form',
    text: `Tenant verification (Pune Police)
Tenant: Sneha Kulkarni, age 29
PAN: AFWPG3316K   Aadhaar: 8457-2290-1362
Permanent addr: 21, Shivaji Nagar, Kolhapur 416003
Landlord: Mr. Anil Joshi, 020 2553 8816`,
    values: [
      person('Sneha Kulkarni'),
      id('IN_PAN', 'AFWPG3316K'),
      id('IN_AADHAAR', '8457-2290-1362'),
      location('21, Shivaji Nagar, Kolhapur 416003'),
      person('Anil Joshi'),
      phone('020 2553 8816'),
    ],
    lookalikes: ['Pune Police'],
  },
  {
    id: 'in-chat-010',
    lang: 'en-IN',
    country: 'IN',
    register: 'chat',
    text: `Which is better for a 5 year SIP, Nifty 50 index fund or HDFC Flexi Cap? My budget is ₹10,000/month. Also will Zerodha charge brokerage?`,
    values: [],
    lookalikes: ['Nifty 50', 'HDFC Flexi Cap', '₹10,000/month', 'Zerodha'],
  },
  {
    id: 'in-email-011',
    lang: 'en-IN',
    country: 'IN',
    register: 'email',
    text: `Hi Karthik,
Please process the reimbursement for Dr. Meenakshi Iyer (PAN BVTPI9041H). She can be reached on meenakshi.iyer@apollohospitals.com or +91-44-2829 3333 ext 2214.
Regards,
Finance Desk`,
    values: [
      person('Karthik'),
      person('Meenakshi Iyer'),
      id('IN_PAN', 'BVTPI9041H'),
      email('meenakshi.iyer@apollohospitals.com'),
      phone('+91-44-2829 3333 ext 2214'),
    ],
    lookalikes: ['Finance Desk'],
  },
  {
    id: 'in-ticket-012',
    lang: 'bn',
    country: 'IN',
    register: 'ticket',
    text: `গ্রাহক: সৌমিত্র বন্দ্যোপাধ্যায়, ফোন 98300 21457, প্যান EKSPB2768L। অভিযোগ: বিল দুবার কাটা হয়েছে। অর্ডার নম্বর 7713-2208।`,
    values: [person('সৌমিত্র বন্দ্যোপাধ্যায়'), phone('98300 21457'), id('IN_PAN', 'EKSPB2768L')],
    lookalikes: ['7713-2208'],
  },
  {
    id: 'in-chat-013',
    lang: 'en-IN',
    country: 'IN',
    register: 'chat',
    text: `pls draft leave letter. name Ankit Mehta, PAN AHJPM6604N (HR wants it on form), going to my native place Rajkot for sister's wedding 12-18 Dec`,
    values: [person('Ankit Mehta'), id('IN_PAN', 'AHJPM6604N')],
    lookalikes: ['12-18 Dec'],
  },
  {
    id: 'in-note-014',
    lang: 'en-IN',
    country: 'IN',
    register: 'note',
    text: `Field visit: beneficiary Kamla Bai w/o Ramesh, village Khandwa, Aadhaar 5903 8164 7710, mobile 7024-118-396. Second beneficiary's Aadhaar 2978 4433 1504 (her mother-in-law Gomti).`,
    values: [
      person('Kamla Bai'),
      person('Ramesh'),
      id('IN_AADHAAR', '5903 8164 7710'),
      phone('7024-118-396'),
      id('IN_AADHAAR', '2978 4433 1504'),
      person('Gomti'),
    ],
    lookalikes: [],
  },
  {
    id: 'jp-form-015',
    lang: 'ja',
    country: 'JP',
    register: 'form',
    text: `【入会申込書】
氏名：田中 美咲
フリガナ：タナカ ミサキ
生年月日：1985年4月12日
住所：〒155-0031 東京都世田谷区北沢3-12-7 コーポ北沢203
電話：090-4821-7730
個人番号：4821 3905 7168`,
    values: [
      person('田中 美咲'),
      person('タナカ ミサキ'),
      dob('1985年4月12日'),
      location('〒155-0031 東京都世田谷区北沢3-12-7 コーポ北沢203'),
      phone('090-4821-7730'),
      id('JP_MY_NUMBER', '4821 3905 7168'),
    ],
    lookalikes: ['【入会申込書】'],
  },
  {
    id: 'jp-chat-016',
    lang: 'ja',
    country: 'JP',
    register: 'chat',
    text: `マイナンバー730529184601を会社に提出するとき、コピーでも大丈夫ですか？年末調整の書類です`,
    values: [id('JP_MY_NUMBER', '730529184601')],
    lookalikes: ['年末調整'],
  },
  {
    id: 'jp-email-017',
    lang: 'ja',
    country: 'JP',
    register: 'email',
    text: `佐藤様

いつもお世話になっております。先日の請求書（No. 2024-0618）についてですが、振込先が変更になりました。
詳細はお電話（03-5412-8890）にてご説明いたします。

株式会社ミライテック
営業部 鈴木 一郎
ichiro.suzuki@miraitech.co.jp`,
    values: [person('佐藤'), phone('03-5412-8890'), person('鈴木 一郎'), email('ichiro.suzuki@miraitech.co.jp')],
    lookalikes: ['No. 2024-0618', '株式会社ミライテック'],
  },
  {
    id: 'jp-note-018',
    lang: 'ja',
    country: 'JP',
    register: 'note',
    text: `患者：山本 健太（やまもと けんた）様、生年月日 平成3年7月25日、主訴：腰痛。連絡先 080-2291-4406。次回予約 6/21 14:00。`,
    values: [person('山本 健太'), person('やまもと けんた'), dob('平成3年7月25日'), phone('080-2291-4406')],
    lookalikes: ['6/21 14:00'],
  },
  {
    id: 'jp-chat-019',
    lang: 'en',
    country: 'JP',
    register: 'chat',
    text: `I live in Japan, my My Number is 2198-6043-3755. My company HR (Osaka office) wants it by email — is that normal? Also my address is 3-4-1 Umeda, Kita-ku, Osaka 530-0001, apartment 2304`,
    values: [id('JP_MY_NUMBER', '2198-6043-3755'), location('3-4-1 Umeda, Kita-ku, Osaka 530-0001')],
    lookalikes: ['Osaka office'],
  },
  {
    id: 'jp-log-020',
    lang: 'ja',
    country: 'JP',
    register: 'log',
    text: `2024/06/03 09:14:22 [WARN] mynumber-vault: 平文で受信 my_number=603941278520 employee="高橋 優子" source_ip=10.8.1.44`,
    values: [id('JP_MY_NUMBER', '603941278520'), person('高橋 優子'), ip('10.8.1.44')],
    lookalikes: ['2024/06/03 09:14:22', 'mynumber-vault'],
  },
  {
    id: 'jp-ticket-021',
    lang: 'ja',
    country: 'JP',
    register: 'ticket',
    text: `お問い合わせ番号：482139057169
お客様より：注文した商品（SKU: NK-AIR-270-BK）が届きません。配送先は大阪府大阪市北区梅田3丁目1-1 グランフロント2304号、伊藤 翔太です。`,
    values: [location('大阪府大阪市北区梅田3丁目1-1 グランフロント2304号'), person('伊藤 翔太')],
    lookalikes: ['482139057169', 'NK-AIR-270-BK'],
    failing: [failing('JP_MY_NUMBER', '482139057169')],
  },
  {
    id: 'jp-form-022',
    lang: 'ja',
    country: 'JP',
    register: 'form',
    text: `扶養控除等申告書（手書き）
配偶者 氏名: 中村 さくら
個人番号: 3572 0869 1045
生年月日: 昭和63年 11月 2日
子 氏名: 中村 陽翔 / 個人番号: 8914 6302 5772`,
    values: [
      person('中村 さくら'),
      id('JP_MY_NUMBER', '3572 0869 1045'),
      dob('昭和63年 11月 2日'),
      person('中村 陽翔'),
      id('JP_MY_NUMBER', '8914 6302 5772'),
    ],
    lookalikes: ['扶養控除等申告書'],
  },
  {
    id: 'jp-chat-023',
    lang: 'ja',
    country: 'JP',
    register: 'chat',
    text: `東京駅から新大阪まで、のぞみで何分かかりますか？ 3月15日の10時台に乗りたいです`,
    values: [],
    lookalikes: ['東京駅', '新大阪', 'のぞみ', '3月15日', '10時台'],
  },
  {
    id: 'jp-email-024',
    lang: 'en',
    country: 'JP',
    register: 'email',
    text: `Hi Kobayashi-san, for the visa sponsorship we need your My Number (5061-8374-9235 is what we have) and your wife Yui's date of birth — she was born on 1992/02/14, correct? Best, Hannah (Tokyo HR)`,
    values: [
      person('Kobayashi'),
      id('JP_MY_NUMBER', '5061-8374-9235'),
      person('Yui'),
      dob('1992/02/14'),
      person('Hannah'),
    ],
    lookalikes: ['Tokyo HR'],
  },
  {
    id: 'kr-form-025',
    lang: 'ko',
    country: 'KR',
    register: 'form',
    text: `입사지원서
성명: 김민준
주민등록번호: 880725-1538212
생년월일: 1988.07.25
주소: 서울특별시 마포구 월드컵북로 396, 101동 1203호
연락처: 010-4821-7730
이메일: minjun.kim88@naver.com`,
    values: [
      person('김민준'),
      id('KR_RRN', '880725-1538212'),
      dob('1988.07.25'),
      location('서울특별시 마포구 월드컵북로 396, 101동 1203호'),
      phone('010-4821-7730'),
      email('minjun.kim88@naver.com'),
    ],
    lookalikes: ['입사지원서'],
  },
  {
    id: 'kr-chat-026',
    lang: 'ko',
    country: 'KR',
    register: 'chat',
    text: `주민번호 921103-2745194 로 건강보험 자격득실 확인서 떼려면 어디서 해요? 이름은 박서연이에요`,
    values: [id('KR_RRN', '921103-2745194'), person('박서연')],
    lookalikes: ['건강보험 자격득실 확인서'],
  },
  {
    id: 'kr-ticket-027',
    lang: 'ko',
    country: 'KR',
    register: 'ticket',
    text: `문의번호 2024061312345 / 고객명: 이도윤 / 연락처 02-3142-5567 / 주문번호와 주민번호를 헷갈려서 0104163185723 을 입력했다고 함. 개인정보 삭제 요청.`,
    values: [person('이도윤'), phone('02-3142-5567'), id('KR_RRN', '0104163185723')],
    lookalikes: ['2024061312345'],
    failing: [failing('KR_RRN', '2024061312345')],
  },
  {
    id: 'kr-email-028',
    lang: 'en',
    country: 'KR',
    register: 'email',
    text: `Dear Ms. Choi Ji-woo,

To complete your foreign-exchange account we still need your resident registration number (we have 760930-1462835, which seems to belong to your husband Jung Hoon) and a phone number; +82 10 9133 4820 is not reachable.

KB Kookmin Bank, Itaewon Branch`,
    values: [
      person('Choi Ji-woo'),
      id('KR_RRN', '760930-1462835'),
      person('Jung Hoon'),
      phone('+82 10 9133 4820'),
    ],
    lookalikes: ['KB Kookmin Bank, Itaewon Branch'],
  },
  {
    id: 'kr-note-029',
    lang: 'ko',
    country: 'KR',
    register: 'note',
    text: `상담일지: 내담자 최하은(030208-4639179), 보호자 어머니 정미경 010 2284 6610. 다음 상담 7/3(수) 오후 4시.`,
    values: [person('최하은'), id('KR_RRN', '030208-4639179'), person('정미경'), phone('010 2284 6610')],
    lookalikes: ['7/3(수) 오후 4시'],
  },
  {
    id: 'kr-log-030',
    lang: 'ko',
    country: 'KR',
    register: 'log',
    text: `[2024-02-27 18:02:11] ERROR member-api: 중복 가입 시도 rrn=6905122058649 name=윤성호 phone=01047712093 ip=211.234.118.7`,
    values: [id('KR_RRN', '6905122058649'), person('윤성호'), phone('01047712093'), ip('211.234.118.7')],
    lookalikes: ['[2024-02-27 18:02:11]', 'member-api'],
  },
  {
    id: 'kr-chat-031',
    lang: 'ko',
    country: 'KR',
    register: 'chat',
    text: `아이폰 15 프로 vs 갤럭시 S24 울트라 뭐가 나아요? 쿠팡에서 6월 20일까지 할인한대요`,
    values: [],
    lookalikes: ['아이폰 15 프로', '갤럭시 S24 울트라', '쿠팡', '6월 20일'],
  },
  {
    id: 'kr-form-032',
    lang: 'ko',
    country: 'KR',
    register: 'form',
    text: `가족관계 확인
본인: 강태민 950817-1924703
태어난 날: 1995년 8월 17일
주소: 부산광역시 해운대구 해운대해변로 264, 3204호`,
    values: [
      person('강태민'),
      id('KR_RRN', '950817-1924703'),
      dob('1995년 8월 17일'),
      location('부산광역시 해운대구 해운대해변로 264, 3204호'),
    ],
    lookalikes: ['가족관계 확인'],
  },
  {
    id: 'cn-form-033',
    lang: 'zh-CN',
    country: 'CN',
    register: 'form',
    text: `入职登记表
姓名：王芳
身份证号：310115199007124385
出生日期：1990年7月12日
现住址：上海市浦东新区世纪大道100号2单元1502室
手机：138 1024 5567`,
    values: [
      person('王芳'),
      id('CN_RESIDENT_ID', '310115199007124385'),
      dob('1990年7月12日'),
      location('上海市浦东新区世纪大道100号2单元1502室'),
      phone('138 1024 5567'),
    ],
    lookalikes: ['入职登记表'],
  },
  {
    id: 'cn-chat-034',
    lang: 'zh-CN',
    country: 'CN',
    register: 'chat',
    text: `帮我看看这个身份证号对不对：44030519870423561 4，是我爸的，叫李伟，要订机票`,
    values: [id('CN_RESIDENT_ID', '44030519870423561 4'), person('李伟')],
    lookalikes: [],
  },
  {
    id: 'cn-ticket-035',
    lang: 'zh-CN',
    country: 'CN',
    register: 'ticket',
    text: `工单 #20240611-0087：用户张静（身份证 510104199511300278）反映实名认证失败，联系电话 +86 28 8621 4410，邮箱 zhangjing_cd@qq.com。`,
    values: [
      person('张静'),
      id('CN_RESIDENT_ID', '510104199511300278'),
      phone('+86 28 8621 4410'),
      email('zhangjing_cd@qq.com'),
    ],
    lookalikes: ['#20240611-0087'],
  },
  {
    id: 'cn-email-036',
    lang: 'en',
    country: 'CN',
    register: 'email',
    text: `Hi Chen Jie,

For the Shanghai office lease we need the tenant's ID card copy. The number you sent, 33010619820905316x, belongs to Mr. Liu Yang — is he the signatory? His mobile is 139 1234 8807.

Thanks,
Emma`,
    values: [
      person('Chen Jie'),
      id('CN_RESIDENT_ID', '33010619820905316x'),
      person('Liu Yang'),
      phone('139 1234 8807'),
      person('Emma'),
    ],
    lookalikes: ['Shanghai office'],
  },
  {
    id: 'cn-log-037',
    lang: 'zh-CN',
    country: 'CN',
    register: 'log',
    text: `2024-05-20 10:11:42 WARN [realname] idcard=420106200102180945 name=赵子涵 result=MISMATCH order=SF1402837461927`,
    values: [id('CN_RESIDENT_ID', '420106200102180945'), person('赵子涵')],
    lookalikes: ['SF1402837461927', '2024-05-20 10:11:42'],
  },
  {
    id: 'cn-note-038',
    lang: 'zh-TW',
    country: 'CN',
    register: 'note',
    text: `病歷摘要：患者周建國，1976年6月11日出生，身分證 320102197606117428，住南京市玄武區中山路18號。家屬周小紅 電話 025-8442 1193。`,
    values: [
      person('周建國'),
      dob('1976年6月11日'),
      id('CN_RESIDENT_ID', '320102197606117428'),
      location('南京市玄武區中山路18號'),
      person('周小紅'),
      phone('025-8442 1193'),
    ],
    lookalikes: [],
  },
  {
    id: 'cn-chat-039',
    lang: 'zh-CN',
    country: 'CN',
    register: 'chat',
    text: `华为 Mate 60 Pro 和小米 14 哪个拍照更好？京东 618 活动价分别是 5999 和 3999`,
    values: [],
    lookalikes: ['华为 Mate 60 Pro', '小米 14', '京东 618', '5999', '3999'],
  },
  {
    id: 'cn-form-040',
    lang: 'zh-CN',
    country: 'CN',
    register: 'form',
    text: `酒店入住登记
客人姓名：Liang Xiaoming / 梁晓明
证件号码：110108 19931224 5852
联系电话：186-0108-7734`,
    values: [
      person('Liang Xiaoming'),
      person('梁晓明'),
      id('CN_RESIDENT_ID', '110108 19931224 5852'),
      phone('186-0108-7734'),
    ],
    lookalikes: ['酒店入住登记'],
  },
  {
    id: 'sg-form-041',
    lang: 'en-SG',
    country: 'SG',
    register: 'form',
    text: `Clinic registration
Name: Tan Wei Ming
NRIC: S8123456F
DOB: 04/11/1981
Address: Blk 512 Ang Mo Kio Ave 8, #07-1423, Singapore 560512
HP: 9123 4408`,
    values: [
      person('Tan Wei Ming'),
      id('SG_NRIC_FIN', 'S8123456F'),
      dob('04/11/1981'),
      location('Blk 512 Ang Mo Kio Ave 8, #07-1423, Singapore 560512'),
      phone('9123 4408'),
    ],
    lookalikes: ['Clinic registration'],
  },
  {
    id: 'sg-chat-042',
    lang: 'en-SG',
    country: 'SG',
    register: 'chat',
    text: `eh can help me check if my son's nric t0312789z is correct format for the PSLE registration? school keeps rejecting leh`,
    values: [id('SG_NRIC_FIN', 't0312789z')],
    lookalikes: ['PSLE'],
  },
  {
    id: 'sg-email-043',
    lang: 'en-SG',
    country: 'SG',
    register: 'email',
    text: `Dear Mr. Rajan s/o Krishnan,

Your renovation permit has been approved. Please quote your NRIC (S7712035A) and unit #12-344, Blk 88 Tampines St 81, Singapore 520088 when contacting us at 6221 8840.

HDB Branch Office`,
    values: [
      person('Rajan s/o Krishnan'),
      id('SG_NRIC_FIN', 'S7712035A'),
      location('#12-344, Blk 88 Tampines St 81, Singapore 520088'),
    ],
    lookalikes: ['HDB Branch Office', 'renovation permit'],
  },
  {
    id: 'sg-ticket-044',
    lang: 'en',
    country: 'SG',
    register: 'ticket',
    text: `Work pass holder Nguyen Thi Lan (FIN F2294816N) reports employer holding her passport. Phone +65 8834 2210. Employer: Mdm Lim Siew Hoon, FIN of 2nd worker G5038271R.`,
    values: [
      person('Nguyen Thi Lan'),
      id('SG_NRIC_FIN', 'F2294816N'),
      phone('+65 8834 2210'),
      person('Lim Siew Hoon'),
      id('SG_NRIC_FIN', 'G5038271R'),
    ],
    lookalikes: [],
  },
  {
    id: 'sg-chat-045',
    lang: 'en-SG',
    country: 'SG',
    register: 'chat',
    text: `my daughter Chloe Ong T1456092G born 12 Feb 2014, how to apply for her passport online? ICA website super confusing`,
    values: [person('Chloe Ong'), id('SG_NRIC_FIN', 'T1456092G'), dob('12 Feb 2014')],
    lookalikes: ['ICA'],
  },
  {
    id: 'sg-log-046',
    lang: 'en',
    country: 'SG',
    register: 'log',
    text: `{"event":"singpass_login","uinfin":"S9067314I","name":"MUHAMMAD HAZIQ BIN ROSLI","ip":"116.14.203.92","ts":"2024-03-18T02:44:10Z","txn":"SPX-99213"}`,
    values: [id('SG_NRIC_FIN', 'S9067314I'), person('MUHAMMAD HAZIQ BIN ROSLI'), ip('116.14.203.92')],
    lookalikes: ['SPX-99213', '2024-03-18T02:44:10Z'],
  },
  {
    id: 'sg-chat-047',
    lang: 'en-SG',
    country: 'SG',
    register: 'chat',
    text: `what's the difference between S8123456G and S8123456F? printer on the form smudged the last letter, which one passes the check?`,
    values: [id('SG_NRIC_FIN', 'S8123456F')],
    lookalikes: ['S8123456G'],
    failing: [failing('SG_NRIC_FIN', 'S8123456G')],
  },
  {
    id: 'vn-chat-048',
    lang: 'vi',
    country: 'VN',
    register: 'chat',
    text: `Viết giúp mình đơn xin nghỉ phép: tên Nguyễn Văn An, ngày sinh 12/03/1995, địa chỉ 123 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh, sđt 0912 345 678`,
    values: [
      person('Nguyễn Văn An'),
      dob('12/03/1995'),
      location('123 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh'),
      phone('0912 345 678'),
    ],
    lookalikes: ['đơn xin nghỉ phép'],
  },
  {
    id: 'vn-email-049',
    lang: 'vi',
    country: 'VN',
    register: 'email',
    text: `Chào chị Trần Thị Mai, em gửi lại thông tin chuyển khoản: chủ tài khoản Phạm Quốc Bảo, Vietcombank, STK 0071001234567. Có gì chị gọi em số +84 90 412 8833 nhé.`,
    values: [person('Trần Thị Mai'), person('Phạm Quốc Bảo'), phone('+84 90 412 8833')],
    lookalikes: ['Vietcombank'],
  },
  {
    id: 'ph-ticket-050',
    lang: 'en-PH',
    country: 'PH',
    register: 'ticket',
    text: `Customer Juan Miguel dela Cruz called re: GCash cash-in failed. Mobile +63 917 824 5510. Address on file: 45 Kalayaan Ave, Diliman, Quezon City 1101. Ref no. 4003 218 774.`,
    values: [
      person('Juan Miguel dela Cruz'),
      phone('+63 917 824 5510'),
      location('45 Kalayaan Ave, Diliman, Quezon City 1101'),
    ],
    lookalikes: ['GCash', '4003 218 774'],
  },
  {
    id: 'id-chat-051',
    lang: 'id',
    country: 'ID',
    register: 'chat',
    text: `tolong buatkan surat lamaran kerja. nama saya Siti Rahmawati, lahir di Bandung 17 Agustus 1996, alamat Jl. Dago No. 45, Bandung 40135, hp 0812-2345-6790`,
    values: [
      person('Siti Rahmawati'),
      dob('17 Agustus 1996'),
      location('Jl. Dago No. 45, Bandung 40135'),
      phone('0812-2345-6790'),
    ],
    lookalikes: ['surat lamaran kerja'],
  },
  {
    id: 'th-note-052',
    lang: 'th',
    country: 'TH',
    register: 'note',
    text: `บันทึก: คุณสมชาย ใจดี โทร 081 234 5678 นัดรับสินค้าวันศุกร์ที่ 14 ที่สาขาสยามพารากอน`,
    values: [person('สมชาย ใจดี'), phone('081 234 5678')],
    lookalikes: ['วันศุกร์ที่ 14', 'สยามพารากอน'],
  },
  {
    id: 'my-email-053',
    lang: 'ms',
    country: 'MY',
    register: 'email',
    text: `Salam Encik Ahmad Faiz bin Othman, sila hubungi saya di +60 12-345 6789 untuk pengesahan tempahan di No. 8, Jalan SS 2/24, 47300 Petaling Jaya, Selangor. Terima kasih, Nurul`,
    values: [
      person('Ahmad Faiz bin Othman'),
      phone('+60 12-345 6789'),
      location('No. 8, Jalan SS 2/24, 47300 Petaling Jaya, Selangor'),
      person('Nurul'),
    ],
    lookalikes: [],
  },
  {
    id: 'hk-chat-054',
    lang: 'zh-HK',
    country: 'HK',
    register: 'chat',
    text: `幫我寫封email俾業主陳大文先生，話冷氣壞咗，單位係九龍旺角彌敦道688號12樓B室，我電話 9123 4567`,
    values: [person('陳大文'), location('九龍旺角彌敦道688號12樓B室'), phone('9123 4567')],
    lookalikes: [],
  },
  {
    id: 'in-chat-055',
    lang: 'ta',
    country: 'IN',
    register: 'chat',
    text: `என் பெயர் கார்த்திக் சுப்பிரமணியன், ஆதார் எண் 8120 4567 8935. ரேஷன் கார்டு விண்ணப்பத்துக்கு உதவி தேவை`,
    values: [person('கார்த்திக் சுப்பிரமணியன்'), id('IN_AADHAAR', '8120 4567 8935')],
    lookalikes: [],
  },
  {
    id: 'in-log-056',
    lang: 'en',
    country: 'IN',
    register: 'log',
    text: `[payout] 2024-06-02 21:17:03 IMPS success beneficiary="Pooja Agarwal" acct=XXXXXXXX4471 ifsc=HDFC0001234 utr=415321907742 amount=12500.00`,
    values: [person('Pooja Agarwal')],
    lookalikes: ['HDFC0001234', '415321907742', '12500.00'],
    failing: [failing('IN_AADHAAR', '415321907742')],
  },
];
