/**
 * Names of one language that highlighters (highlight.js, Prism, Shiki, GitHub Linguist) treat as
 * the same: a code block tagged `js` in one file and `javascript` in the other is not a change.
 */
const ALIASES: Record<string, string> = {
  js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascript',
  ts: 'typescript', tsx: 'typescript', mts: 'typescript', cts: 'typescript',
  sh: 'shell', bash: 'shell', zsh: 'shell', console: 'shell', shellsession: 'shell', 'shell-session': 'shell',
  yml: 'yaml', md: 'markdown', htm: 'html', xhtml: 'html', svg: 'xml',
  py: 'python', rb: 'ruby', rs: 'rust', kt: 'kotlin', cs: 'csharp', 'c#': 'csharp', 'c++': 'cpp', cc: 'cpp',
  ps1: 'powershell', pwsh: 'powershell', ps: 'powershell', bat: 'batch', cmd: 'batch',
  njk: 'nunjucks', jinja2: 'jinja', liquid: 'liquid', hbs: 'handlebars', mustache: 'handlebars',
  text: 'plaintext', txt: 'plaintext', plain: 'plaintext', none: 'plaintext',
  dockerfile: 'docker', make: 'makefile', mk: 'makefile', golang: 'go', jsonc: 'json', json5: 'json',
};

/** The language a code block's tag names, whatever its alias or case; undefined for no tag. */
export function canonicalCodeLanguage(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  const name = tag.trim().toLowerCase();
  return ALIASES[name] ?? name;
}
