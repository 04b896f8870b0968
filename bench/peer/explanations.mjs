// One sentence per relationship type, in Chinese and English, reading the relationship in its stored direction
// (s = start node's name, t = end node's name): the same templates as awardgraph's Explanations.java, so the
// peer's paths and neighbourhoods answer the same text. Kept in JavaScript because @neo4j/graphql resolves
// plain (non-@node) object types with ordinary resolvers.

const opt = (p, key, format) => (p[key] != null ? format.replace('%s', String(p[key])) : '');
const has = (p, key) => p[key] != null;
const x = (zh, en) => ({ zh, en });

const TEMPLATES = {
  PART_OF: (s, t, p) => {
    switch (p.relation) {
      case 'SUBSIDIARY': return x(`${s} 是 ${t} 的子公司`, `${s} is a subsidiary of ${t}`);
      case 'UNIT': return x(`${s} 是 ${t} 的下属单位`, `${s} is a unit of ${t}`);
      case 'AFFILIATED': return x(`${s} 隶属于 ${t}`, `${s} is affiliated with ${t}`);
      case 'MEMBER': return x(`${s} 是 ${t} 的成员`, `${s} is a member of ${t}`);
      default: return x(`${s} 是 ${t} 的一部分`, `${s} is part of ${t}`);
    }
  },
  LOCATED_IN: (s, t) => x(`${s} 位于 ${t}`, `${s} is located in ${t}`),
  HELD_IN: (s, t) => x(`${s} 在 ${t} 举办`, `${s} was held in ${t}`),
  HAS_PRESENCE_IN: (s, t, p) => x(`${s} 在 ${t} 设有${has(p, 'what') ? p.what : '机构'}`,
    `${s} has a presence in ${t}${opt(p, 'what', ' (%s)')}`),
  HOLDS_POSITION: (s, t, p) => {
    const former = p.current === false;
    if (!has(p, 'title')) {
      return x(s + (former ? ' 曾任职于 ' : ' 任职于 ') + t,
        s + (former ? ' formerly held a position at ' : ' holds a position at ') + t);
    }
    return x(`${s}${former ? ' 曾任 ' : ' 任 '}${t} ${p.title}`,
      `${s}${former ? ' formerly held the position ' : ' holds the position '}${p.title} at ${t}`);
  },
  SPOKE_AT: (s, t, p) => x(`${s} 在 ${t} 上 ${has(p, 'role') ? p.role : '发言'}${opt(p, 'topic', '，题为「%s」')}`,
    `${s} spoke at ${t}${opt(p, 'role', ' (%s)')}${opt(p, 'topic', ': “%s”')}`),
  ATTENDED: (s, t, p) => x(`${s} 出席 ${t}${opt(p, 'role', '（%s）')}`, `${s} attended ${t}${opt(p, 'role', ' (as %s)')}`),
  HOSTED: (s, t) => x(`${s} 主办 ${t}`, `${s} hosted ${t}`),
  ORGANISED: (s, t) => x(`${s} 承办 ${t}`, `${s} organised ${t}`),
  GUIDED: (s, t) => x(`${s} 是 ${t} 的指导单位`, `${s} is a guiding body (指导单位) of ${t}`),
  PARTICIPATED_IN: (s, t, p) => x(`${s} 参加 ${t}${opt(p, 'role', '（%s）')}`,
    `${s} took part in ${t}${opt(p, 'role', ' (as %s)')}`),
  SERVED: (s, t, p) => x(`${s} 服务于 ${t}${opt(p, 'role', '（%s）')}`, `${s} served ${t}${opt(p, 'role', ' as %s')}`),
  INVESTED_IN: (s, t, p) => x(`${s} 投资 ${t}${opt(p, 'kind', '（%s）')}${opt(p, 'date', '（%s）')}`,
    `${s} invested in ${t}${opt(p, 'kind', ' (%s)')}${opt(p, 'date', ' (%s)')}`),
  ENTERED_PARK: (s, t, p) => x(`${s} 入驻 ${t}${opt(p, 'date', '（%s）')}`,
    `${s} entered the park ${t}${opt(p, 'date', ' (%s)')}`),
  APPROVED: (s, t, p) => x(`${s} 批准 ${t}${opt(p, 'date', '（%s）')}`, `${s} approved ${t}${opt(p, 'date', ' (%s)')}`),
  CONTRACTED: (s, t, p) => x(`${s} 承接 ${t}${opt(p, 'value', '（%s）')}`,
    `${s} was contracted for ${t}${opt(p, 'value', ' (%s)')}`),
  COLLABORATES_WITH: (s, t) => x(`${s} 与 ${t} 合作`, `${s} collaborates with ${t}`),
  RANKED_IN: (s, t, p) => x(`${s} 入选 ${t}${opt(p, 'rank', '（第%s名）')}`, `${s} is ranked in ${t}${opt(p, 'rank', ' (rank %s)')}`),
  PARTY_TO: (s, t) => x(`${s} 是 ${t} 的签约方`, `${s} is a party to ${t}`),
  SIGNED_AT: (s, t) => x(`${s} 在 ${t} 上签署`, `${s} was signed at ${t}`),
  ISSUED_BY: (s, t) => x(`${s} 由 ${t} 发布`, `${s} was issued by ${t}`),
  PUBLISHED_BY: (s, t) => x(`${s} 由 ${t} 发布`, `${s} was published by ${t}`),
  ABOUT: (s, t) => x(`${s} 涉及 ${t}`, `${s} is about ${t}`),
  CONFERRED_BY: (s, t) => x(`${s} 由 ${t} 设立颁发`, `${s} is conferred by ${t}`),
  CATEGORY_OF: (s, t) => x(`${s} 是 ${t} 的类别`, `${s} is a category of ${t}`),
  LIST_OF: (s, t) => x(`${s} 是 ${t} 的名单`, `${s} is a list of ${t}`),
  CALL_FOR: (s, t) => x(`${s} 是 ${t} 的征集通知`, `${s} is a call for applications to ${t}`),
  INVITES: (s, t, p) => x(`${s} 征集 ${t} 类别${opt(p, 'order', '（第%s类）')}`, `${s} invites applications in the category ${t}`),
  OF_AWARD: (s, t) => x(`${s} 是 ${t} 的一次授予`, `${s} is a conferral of ${t}`),
  IN_CATEGORY: (s, t) => x(`${s} 属于 ${t} 类别`, `${s} is in the category ${t}`),
  RECIPIENT: (s, t) => x(`${t} 获得 ${s}`, `${t} is the recipient of ${s}`),
  PRESENTED_AT: (s, t) => x(`${s} 在 ${t} 上颁发`, `${s} was presented at ${t}`),
  PRESENTED_BY: (s, t) => x(`${s} 由 ${t} 颁发`, `${s} was presented by ${t}`),
  LISTED_IN: (s, t, p) => x(`${s} 列入 ${t}${opt(p, 'order', '（第%s位）')}`,
    has(p, 'order') ? `${s} is entry ${p.order} of ${t}` : `${s} is listed in ${t}`),
  LEAD_APPLICANT: (s, t) => x(`${t} 是 ${s} 的申报主体`, `${t} is the lead applicant of ${s}`),
  CO_APPLICANT: (s, t, p) => x(`${t} 是 ${s} 的联合申报机构${opt(p, 'order', '（第%s位）')}`,
    `${t} is ${has(p, 'order') ? `co-applicant ${p.order}` : 'a co-applicant'} of ${s}`),
};

/** @param start {id, name} of the relationship's start node; end likewise; props its properties */
export function explain(type, start, end, props) {
  const s = start.name ?? start.id;
  const t = end.name ?? end.id;
  const template = TEMPLATES[type];
  return template ? template(s, t, props ?? {}) : x(`${s} —${type}→ ${t}`, `${s} —${type}→ ${t}`);
}
