/** A template placeholder (`{{name}}`, `${name}`) or a Hugo shortcode (`{{< name … >}}`, `{{% name %}}`). */
export interface TemplateToken {
  kind: 'placeholder' | 'shortcode';
  /** What must be identical in both languages: the placeholder's text, or the shortcode's name and parameter names. */
  key: string;
  text: string;
  start: number;
  end: number;
}

const PATTERN = /\{\{([<%])\s*(\/?)\s*([\w.-]+)([\s\S]*?)\s*[>%]\}\}|\{\{\s*([^{}<%\s][^{}]*?)\s*\}\}|\$\{\s*([\w.-]+)\s*\}/g;
// Shortcode parameters: `name="value"`, `name=value`; positional values are translatable text.
const PARAM_NAME = /([\w-]+)\s*=/g;

/** Finds placeholders and shortcodes in raw Markdown source (code already masked by the caller). */
export function extractTemplateTokens(source: string): TemplateToken[] {
  const tokens: TemplateToken[] = [];
  PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATTERN.exec(source))) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1]) {
      const params = [...m[4].matchAll(PARAM_NAME)].map((p) => p[1]).sort();
      const key = `${m[1]}${m[2]}${m[3]}${params.length ? ' ' + params.join(',') : ''}`;
      tokens.push({ kind: 'shortcode', key, text: m[0], start, end });
    } else {
      const name = (m[5] ?? m[6]).replace(/\s+/g, ' ');
      tokens.push({ kind: 'placeholder', key: m[5] !== undefined ? `{{${name}}}` : `\${${name}}`, text: m[0], start, end });
    }
  }
  return tokens;
}

/** Template tags and comments of Nunjucks, Liquid and Jinja (`{% for x in y %}`, `{# note #}`): code, never prose. */
export function templateTagSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const [open, close] of [['{%', '%}'], ['{#', '#}']]) {
    // One scan with indexOf: when no closer is left, no later opener can close either (linear on `{%{%{%…`).
    for (let i = text.indexOf(open); i >= 0; i = text.indexOf(open, i)) {
      const end = text.indexOf(close, i + 2);
      if (end < 0) break;
      spans.push([i, end + 2]);
      i = end + 2;
    }
  }
  return spans;
}
