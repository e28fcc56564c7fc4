/** A legal basis wherever it is shown: the instrument's kind and the evidence label of regulations.md §0. */
export const zhBasis = {
  'basis.kind.law': '法律',
  'basis.kind.judicial_interpretation': '司法解释/司法文件',
  'basis.kind.regulation': '行政法规/部门规章',
  'basis.kind.standard': '国家/行业标准',
  'basis.kind.self_regulatory': '行业自律规范',
  'basis.kind.carrier_rule': '运营商/平台规则',
  'basis.kind.secondary': '二手资料',
  'basis.kind.foreign': '境外法（仅作对比）',
  'basis.kind.decision': '设计选择/机构决定',
  'basis.label.V1': 'V1 原文已核实',
  'basis.label.V2': 'V2 经转述核实',
  'basis.label.P': 'P 平台实践',
  'basis.label.I': 'I 推断/设计选择',
  'basis.labelHint.V1': '已在法律原文中核对，条号确定',
  'basis.labelHint.V2': '经引用、翻译或概述该文件的二手页面核实；措辞与条号以该页面为准，未与官方文本核对',
  'basis.labelHint.P': '短信服务商文档中的平台/运营商做法，不是法律，但忽视会导致发送失败',
  'basis.labelHint.I': '推断或行业常见做法，资料中未见明文，需法务确认',
  'basis.weak': '无一手依据',
  'basis.weakHint': '本规则只有二手资料、境外法或设计选择作依据，因此不作为错误阻断导出（模板语法类规则除外）',
  'basis.source': '来源页面',
};

export const enBasis: Record<keyof typeof zhBasis, string> = {
  'basis.kind.law': 'law',
  'basis.kind.judicial_interpretation': 'judicial interpretation',
  'basis.kind.regulation': 'regulation',
  'basis.kind.standard': 'national/industry standard',
  'basis.kind.self_regulatory': 'self-regulatory guideline',
  'basis.kind.carrier_rule': 'carrier/platform rule',
  'basis.kind.secondary': 'secondary source',
  'basis.kind.foreign': 'foreign law (comparison only)',
  'basis.kind.decision': 'design choice / own decision',
  'basis.label.V1': 'V1 verified in the text',
  'basis.label.V2': 'V2 verified via a secondary page',
  'basis.label.P': 'P platform practice',
  'basis.label.I': 'I inference / design choice',
  'basis.labelHint.V1': 'Checked in the primary legal text; the article number is certain',
  'basis.labelHint.V2':
    'Checked in a page that quotes, translates or summarises the instrument; wording and article numbers as that page gives them, not checked against the official text',
  'basis.labelHint.P':
    'Platform or carrier practice from SMS providers’ documentation: not law, but sending fails if ignored',
  'basis.labelHint.I': 'Inference or common practice not found stated in a source; to be confirmed by counsel',
  'basis.weak': 'No primary instrument',
  'basis.weakHint':
    'This rule rests only on secondary sources, foreign law or a design choice, so it never blocks export as an error (template syntax rules aside)',
  'basis.source': 'source page',
};
