/** UI strings of the editor's accessibility, marker hover, language note and the findings announcement. */
export const zhEditor = {
  'editor.aria':
    'Liquid 模板编辑器。Tab 键在编辑器内输入制表符：按 Ctrl+M 切换为用 Tab / Shift+Tab 移出编辑器，或先按 Esc 再按 Tab 离开编辑器。',
  'editor.keyboardHelp': 'Ctrl+M：Tab 移出编辑器 · Esc 后 Tab：离开编辑器',
  'editor.menusAfterReload': '编辑器自带的菜单（右键菜单、快速修复、查找）在重新加载页面后才会切换为中文。',
  'editor.reload': '重新加载',
  'marker.basis': '依据：{list}',
  'marker.moreBasis': '等 {count} 项',
  'marker.openRule': '在规则目录中查看',
  'findings.status': '检查结果：{verdict}，{count} 项问题（错误 {errors}，警告 {warnings}，提示 {infos}）',
  'findings.statusNone': '检查结果：{verdict}，未发现问题',
} as const;
