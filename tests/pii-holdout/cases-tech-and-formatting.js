// Held-out PII cases: configuration, code and logs (credentials, tokens, addresses of hosts),
// and messages where the formatting of a value is what makes it hard (split cards, IBANs in
// odd groups, internationalised e-mail addresses, IPv6). Hand-written; see holdout-set.js.
import { person, phone, email, secret, card, iban, ip, id, failing } from './helpers.js';

export const cases = [
  {
    id: 'xx-code-201',
    lang: 'en',
    country: 'XX',
    register: 'code',
    text: `why does my app crash on startup? here's my .env:

ANTHROPIC_API_KEY=sk-ant-api03-uQUg77fbZjVDneFw6WKqcCOAFv2oqiD6zGi56v0-L5ed-ftQhtIGwS7W3cZY1T1txyFcfF4UIEVSEsydbKkhRWeiyJwIRAA
DATABASE_URL="mysql://root:Bl4ckC0ffee!@127.0.0.1:3306/app_dev"
REDIS_URL=redis://:r3d1s-Pa55@cache.local:6379/0
LOG_LEVEL=debug`,
    values: [
      secret('sk-ant-api03-uQUg77fbZjVDneFw6WKqcCOAFv2oqiD6zGi56v0-L5ed-ftQhtIGwS7W3cZY1T1txyFcfF4UIEVSEsydbKkhRWeiyJwIRAA'),
      secret('Bl4ckC0ffee!'),
      secret('r3d1s-Pa55'),
    ],
    lookalikes: ['LOG_LEVEL=debug', 'app_dev'],
  },
  {
    id: 'xx-code-202',
    lang: 'en',
    country: 'XX',
    register: 'code',
    text: `# .github/workflows/deploy.yml
jobs:
  deploy:
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@v4
      - run: git clone https://x-access-token:ghp_7qRsTwHDKT2JdqIyJ2dzltgRnE07zDO20Flp@github.com/acme/infra.git`,
    values: [secret('ghp_7qRsTwHDKT2JdqIyJ2dzltgRnE07zDO20Flp')],
    lookalikes: ['ubuntu-22.04', 'actions/checkout@v4'],
  },
  {
    id: 'xx-code-203',
    lang: 'en',
    country: 'XX',
    register: 'code',
    text: `{
  "firebase": {
    "apiKey": "AIzaDWzBuzd_P0kTE_O0FOdSLSZuFy5n4j7L1ke",
    "projectId": "shop-prod-4471",
    "messagingSenderId": "884120933017"
  },
  "version": "2.3.11"
}`,
    values: [secret('AIzaDWzBuzd_P0kTE_O0FOdSLSZuFy5n4j7L1ke')],
    lookalikes: ['shop-prod-4471', '2.3.11'],
  },
  {
    id: 'xx-log-204',
    lang: 'en',
    country: 'XX',
    register: 'log',
    text: `DEBUG http.client > GET /v2/orders?page=3 HTTP/1.1
DEBUG http.client > Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1Xzg4MjEzIiwibmFtZSI6IlRvbcOhcyBIZXJyZXJhIiwiZW1haWwiOiJ0b21hcy5oZXJyZXJhQGFjbWUtbG9naXN0aWNzLmNvbSIsImlhdCI6MTcxNzQwMDAwMH0.Xq3vT9mK2LpW8sR4nB7yC1dF6gH0jZ5aE2uI9oP3kQw
DEBUG http.client < 200 OK (142 ms)`,
    values: [
      secret(
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1Xzg4MjEzIiwibmFtZSI6IlRvbcOhcyBIZXJyZXJhIiwiZW1haWwiOiJ0b21hcy5oZXJyZXJhQGFjbWUtbG9naXN0aWNzLmNvbSIsImlhdCI6MTcxNzQwMDAwMH0.Xq3vT9mK2LpW8sR4nB7yC1dF6gH0jZ5aE2uI9oP3kQw',
      ),
    ],
    lookalikes: ['/v2/orders?page=3', '142 ms'],
  },
  {
    id: 'xx-code-205',
    lang: 'en',
    country: 'XX',
    register: 'code',
    text: `import psycopg2

conn = psycopg2.connect(
    host="10.20.0.12",
    dbname="analytics",
    user="etl",
    password="e7L!summer24",
)`,
    values: [ip('10.20.0.12'), secret('e7L!summer24')],
    lookalikes: ['psycopg2'],
  },
  {
    id: 'xx-log-206',
    lang: 'en',
    country: 'XX',
    register: 'log',
    text: `System.Data.SqlClient.SqlException (0x80131904): Login failed for user 'sa'.
   at Crm.Data.Repo..ctor() in C:\\build\\src\\Repo.cs:line 42
ConnectionString: Server=sql01.corp.local;Database=crm;User Id=sa;Password=Adm1n!2022;TrustServerCertificate=True`,
    values: [secret('Adm1n!2022')],
    lookalikes: ['0x80131904', 'line 42', 'sql01.corp.local'],
  },
  {
    id: 'xx-code-207',
    lang: 'en',
    country: 'XX',
    register: 'code',
    text: `$ cat ~/.npmrc
//npm.pkg.internal.example/:_authToken=npm_g17xuLEklmox51l12qXzI4bLIkn34MJST8xs
always-auth=true`,
    values: [secret('npm_g17xuLEklmox51l12qXzI4bLIkn34MJST8xs')],
    lookalikes: ['always-auth=true'],
  },
  {
    id: 'xx-code-208',
    lang: 'en',
    country: 'XX',
    register: 'code',
    text: `git remote -v
origin  https://oauth2:glpat-S304q4COVkbxoklw29Pi@gitlab.com/platform/billing.git (fetch)
origin  https://oauth2:glpat-S304q4COVkbxoklw29Pi@gitlab.com/platform/billing.git (push)`,
    values: [secret('glpat-S304q4COVkbxoklw29Pi')],
    lookalikes: ['git remote -v'],
  },
  {
    id: 'xx-chat-209',
    lang: 'en',
    country: 'XX',
    register: 'chat',
    text: `is it safe to put this restricted key in our frontend? rk_live_e88AJ7MSuRJ6krqmGtbDRG1oLY1YfkTcq1 — it only has read access to charges`,
    values: [secret('rk_live_e88AJ7MSuRJ6krqmGtbDRG1oLY1YfkTcq1')],
    lookalikes: [],
  },
  {
    id: 'xx-code-210',
    lang: 'en',
    country: 'XX',
    register: 'code',
    text: `from huggingface_hub import login
login(token="hf_jUOgmdJu6t3VLEolEkU8alIIfUByBAdsHQ")  # my personal token, works on colab
model_id = "meta-llama/Meta-Llama-3-8B-Instruct"`,
    values: [secret('hf_jUOgmdJu6t3VLEolEkU8alIIfUByBAdsHQ')],
    lookalikes: ['meta-llama/Meta-Llama-3-8B-Instruct'],
  },
  {
    id: 'xx-code-211',
    lang: 'en',
    country: 'XX',
    register: 'code',
    text: `curl -s --user 'api:key-02b36378c4e68056f7d4442953b537d0' \\
  https://api.mailgun.net/v3/mg.example.org/messages \\
  -F from='Support <support@mg.example.org>' \\
  -F to='yuki.tanaka@fastmail.jp' \\
  -F subject='Your ticket #88120'`,
    values: [secret('key-02b36378c4e68056f7d4442953b537d0'), email('yuki.tanaka@fastmail.jp')],
    lookalikes: ['#88120'],
  },
  {
    id: 'xx-code-212',
    lang: 'en',
    country: 'XX',
    register: 'code',
    text: `# terraform.tfvars — DO NOT COMMIT
aws_access_key = "AKIALRSKLHRGG4IXDRZ6"
aws_secret_key = "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"
instance_type  = "t3.medium"
ami            = "ami-0c55b159cbfafe1f0"`,
    values: [secret('AKIALRSKLHRGG4IXDRZ6'), secret('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')],
    lookalikes: ['t3.medium', 'ami-0c55b159cbfafe1f0'],
  },
  {
    id: 'xx-log-213',
    lang: 'en',
    country: 'XX',
    register: 'log',
    text: `+ docker login -u deploy -p 'Xk29!pQz8wLm' registry.corp.io
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded`,
    values: [secret('Xk29!pQz8wLm')],
    lookalikes: ['--password-stdin'],
  },
  {
    id: 'xx-code-214',
    lang: 'en',
    country: 'XX',
    register: 'code',
    text: `const uri = "mongodb+srv://admin:N0tS3cure%21@cluster0.ab1cd.mongodb.net/app?retryWrites=true&w=majority";
const client = new MongoClient(uri, { serverApi: ServerApiVersion.v1 });`,
    values: [secret('N0tS3cure%21')],
    lookalikes: ['ServerApiVersion.v1'],
  },
  {
    id: 'xx-chat-215',
    lang: 'en',
    country: 'XX',
    register: 'chat',
    text: `grafana keeps asking me to log in even though I use https://admin:Gr4fana-Adm!n@grafana.internal:3000/d/xyz in the kiosk browser. version 10.4.2`,
    values: [secret('Gr4fana-Adm!n')],
    lookalikes: ['10.4.2', 'kiosk browser'],
  },
  {
    id: 'xx-code-216',
    lang: 'en',
    country: 'XX',
    register: 'code',
    text: `apiVersion: v1
kind: Secret
metadata:
  name: payments-db
type: Opaque
data:
  username: cGF5bWVudHM=
  password: S3g4I21QMnZMcTkhd1o=`,
    values: [secret('S3g4I21QMnZMcTkhd1o=')],
    lookalikes: ['payments-db'],
  },
  {
    id: 'xx-code-217',
    lang: 'en',
    country: 'XX',
    register: 'code',
    text: `// slack notifier
const slack = new WebClient("xoxb-820889005578-7351744320487-0ecSJk23Ylup5rAusKxhmbQV");
await slack.chat.postMessage({ channel: "#ops-alerts", text: "deploy 2024.06.1 finished" });`,
    values: [secret('xoxb-820889005578-7351744320487-0ecSJk23Ylup5rAusKxhmbQV')],
    lookalikes: ['#ops-alerts', '2024.06.1'],
  },
  {
    id: 'xx-code-218',
    lang: 'en',
    country: 'XX',
    register: 'code',
    text: `# .pgpass
db-replica.internal:5432:*:report_ro:R3p0rt#Only-2024
10.0.8.21:5432:billing:billing_app:mr+wOg7zA/Xx+CMTBaZfjuMBZfI3Wlr5WwP5A8/7`,
    values: [secret('R3p0rt#Only-2024'), ip('10.0.8.21'), secret('mr+wOg7zA/Xx+CMTBaZfjuMBZfI3Wlr5WwP5A8/7')],
    lookalikes: ['db-replica.internal:5432'],
  },
  {
    id: 'xx-code-219',
    lang: 'en',
    country: 'XX',
    register: 'code',
    text: `{
  "ConnectionStrings": {
    "Default": "Host=pg.prod;Port=5432;Database=hr;Username=hr_app;Password=Tulip$Garden77"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "OpenAI": { "Key": "sk-hbb0Mo3z93UXa7YlFvvYW42Kh9k78tZPt8sjCVQsEnuX7JOV" }
}`,
    values: [secret('Tulip$Garden77'), secret('sk-hbb0Mo3z93UXa7YlFvvYW42Kh9k78tZPt8sjCVQsEnuX7JOV')],
    lookalikes: ['"Warning"'],
  },
  {
    id: 'xx-chat-220',
    lang: 'en',
    country: 'XX',
    register: 'chat',
    text: `our router admin page is at 192.168.0.1, the wifi is "Casa-Lopez-5G" and the password is girasol2019 — how do I set up a guest network on a TP-Link Archer AX55?`,
    values: [ip('192.168.0.1'), secret('girasol2019')],
    lookalikes: ['TP-Link Archer AX55'],
  },
  {
    id: 'xx-log-221',
    lang: 'en',
    country: 'XX',
    register: 'log',
    text: `Jun 02 11:20:45 edge-fw kernel: [UFW BLOCK] IN=eth0 OUT= SRC=2a02:8108:1c40:4a7e::1f3 DST=2001:db8:0:1::10 LEN=80 PROTO=TCP SPT=51515 DPT=22
Jun 02 11:20:47 edge-fw sshd[902]: Accepted publickey for deploy from fe80::1c2b:3aff:fe4d:9e21%eth0 port 40122`,
    values: [ip('2a02:8108:1c40:4a7e::1f3'), ip('2001:db8:0:1::10'), ip('fe80::1c2b:3aff:fe4d:9e21')],
    lookalikes: ['sshd[902]', 'SPT=51515'],
  },
  {
    id: 'xx-log-222',
    lang: 'en',
    country: 'XX',
    register: 'log',
    text: `level=info ts=2024-06-05T12:00:01Z caller=main.go:118 msg="client connected" remote=81.169.145.92:44120 user_agent="okhttp/4.12.0" build=7f2e9c1 uuid=aba6f0e5-a300-44e2-a750-fc503ed684ee`,
    values: [ip('81.169.145.92')],
    lookalikes: ['main.go:118', 'okhttp/4.12.0', '7f2e9c1', 'aba6f0e5-a300-44e2-a750-fc503ed684ee'],
  },
  {
    id: 'xx-code-223',
    lang: 'en',
    country: 'XX',
    register: 'code',
    text: `-- seed data for local testing (copied from prod by mistake?)
INSERT INTO customers (name, email, phone, card) VALUES
  ('Mariana Costa', 'mariana.costa@sapo.pt', '+351 913 208 447', '4532 0184 7723 9058'),
  ('Henrik Dahl', 'henrik.dahl@online.no', '+47 917 22 408', '5105-1048-2277-3167');`,
    values: [
      person('Mariana Costa'),
      email('mariana.costa@sapo.pt'),
      phone('+351 913 208 447'),
      card('4532 0184 7723 9058'),
      person('Henrik Dahl'),
      email('henrik.dahl@online.no'),
      phone('+47 917 22 408'),
      card('5105-1048-2277-3167'),
    ],
    lookalikes: [],
  },
  {
    id: 'us-chat-224',
    lang: 'en',
    country: 'US',
    register: 'chat',
    text: `copied my card from the PDF statement and it came out like this, can you tell me the last 4?
6011 0092
8374 6514`,
    values: [card('6011 0092\n8374 6514')],
    lookalikes: ['PDF statement'],
  },
  {
    id: 'us-form-225',
    lang: 'en',
    country: 'US',
    register: 'form',
    text: `payment_method: amex
card_number: 3764_112098_37454
billing_zip: 10013
name_on_card: "Rebecca Stein-Alvarez"`,
    values: [card('3764_112098_37454'), person('Rebecca Stein-Alvarez')],
    lookalikes: ['payment_method: amex'],
  },
  {
    id: 'gb-chat-226',
    lang: 'en-GB',
    country: 'GB',
    register: 'chat',
    text: `card details from my mum's note (she writes them weird): 4012.8837.7102.1547 expiry 08.27 — can u check its a visa?`,
    values: [card('4012.8837.7102.1547')],
    lookalikes: ['08.27'],
  },
  {
    id: 'de-email-227',
    lang: 'de',
    country: 'DE',
    register: 'email',
    text: `Hallo Herr Weiß, bitte überweisen Sie die Kaution an DE77120300001068 542793 (Kontoinhaber Jürgen Weiß). Fragen gern an jürgen.weiß@müller-bau.de. Gruß`,
    values: [iban('DE77120300001068 542793'), person('Jürgen Weiß'), email('jürgen.weiß@müller-bau.de')],
    lookalikes: [],
  },
  {
    id: 'cn-email-228',
    lang: 'zh-CN',
    country: 'CN',
    register: 'email',
    text: `您好，我的新邮箱是 张伟@公司.中国，旧邮箱 zhangwei1988@163.com 不再使用。电话 021-6288 4410。`,
    values: [email('张伟@公司.中国'), email('zhangwei1988@163.com'), phone('021-6288 4410')],
    lookalikes: [],
  },
  {
    id: 'ru-chat-229',
    lang: 'ru',
    country: 'RU',
    register: 'chat',
    text: `Как настроить почту иван.петров@почта.рф в Thunderbird? Пишет ошибку 535 5.7.8 при отправке`,
    values: [email('иван.петров@почта.рф')],
    lookalikes: ['Thunderbird', '535 5.7.8'],
  },
  {
    id: 'in-email-230',
    lang: 'hi',
    country: 'IN',
    register: 'email',
    text: `नमस्ते, कृपया बिल राहुल@डाटामेल.भारत पर भेजें। मेरा नाम राहुल वर्मा है, फोन +91 99100 43318`,
    values: [email('राहुल@डाटामेल.भारत'), person('राहुल वर्मा'), phone('+91 99100 43318')],
    lookalikes: [],
  },
  {
    id: 'us-form-231',
    lang: 'en',
    country: 'US',
    register: 'form',
    text: `TRAVEL PROFILE
Traveler: Marcus Bell
US Passport #: Z55081724 (exp 2033)
Known Traveler Number: 98231745
Seat pref: aisle`,
    values: [person('Marcus Bell'), id('US_PASSPORT', 'Z55081724')],
    lookalikes: ['exp 2033', 'TRAVEL PROFILE'],
  },
  {
    id: 'us-email-232',
    lang: 'en',
    country: 'US',
    register: 'email',
    text: `Hi Deb, for the Japan trip the agency needs passport numbers: mine is 541208736, Kevin's is 558120943, both expire 2031. Thanks!! — Lauren`,
    values: [
      person('Deb'),
      id('US_PASSPORT', '541208736'),
      person('Kevin'),
      id('US_PASSPORT', '558120943'),
      person('Lauren'),
    ],
    lookalikes: ['2031', 'Japan trip'],
  },
  {
    id: 'es-chat-233',
    lang: 'es',
    country: 'ES',
    register: 'chat',
    text: `mi compañero de piso Lukas tiene NIE y7702418p pero en el contrato pusieron Y7702418B, ¿es grave? el casero dice que no importa`,
    values: [person('Lukas'), id('ES_NIE', 'y7702418p')],
    lookalikes: ['Y7702418B'],
    failing: [failing('ES_NIE', 'Y7702418B')],
  },
  {
    id: 'gb-chat-234',
    lang: 'en-GB',
    country: 'GB',
    register: 'chat',
    text: `sending the deposit back to GB97BARC2003 8453 9172 66? or was it the other one my flatmate gave me. confused`,
    values: [iban('GB97BARC2003 8453 9172 66')],
    lookalikes: [],
  },
  {
    id: 'xx-chat-235',
    lang: 'en',
    country: 'XX',
    register: 'chat',
    text: `compare python 3.12.4 vs 3.11.9 performance on the pyperformance benchmark, and is numpy 2.0.0 compatible with both?`,
    values: [],
    lookalikes: ['3.12.4', '3.11.9', 'pyperformance', 'numpy 2.0.0'],
  },
  {
    id: 'xx-log-236',
    lang: 'en',
    country: 'XX',
    register: 'log',
    text: `commit 2bbd37b0c9a4c0268dd7e6520f19c489e4b02731
Author: Priyanka Menon <priyanka.menon@gitmail.dev>
Date:   Tue Jun 4 18:22:10 2024 +0530

    fix: retry on 429 from payments gateway (closes #4471)`,
    values: [person('Priyanka Menon'), email('priyanka.menon@gitmail.dev')],
    lookalikes: ['2bbd37b0c9a4c0268dd7e6520f19c489e4b02731', 'Tue Jun 4 18:22:10 2024 +0530', '#4471'],
  },
];
