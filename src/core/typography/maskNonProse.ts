/**
 * The source of a block with everything that is not prose blanked out (same length, so offsets
 * still match): code spans, link and image destinations, autolinks and bare addresses, HTML
 * tags and comments, placeholders, Markdown table rules and image markers.
 */
export function maskNonProse(source: string): string {
  const blank = (s: string) => s.replace(/[^\r\n]/g, ' ');
  return source
    .replace(/(`+)[\s\S]*?\1/g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<\/?[A-Za-z][^>]*>/g, blank)
    .replace(/<(?:https?|mailto|ftp):[^>\s]*>/gi, blank)
    .replace(/\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, (m) => ']' + blank(m.slice(1)))
    .replace(/^\s{0,3}\[[^\]]+\]:.*$/gm, blank)
    .replace(/\b(?:https?:\/\/|www\.|mailto:)[^\s)>\]]+/gi, blank)
    .replace(/\{\{[\s\S]*?\}\}|\$\{[^}]*\}/g, blank)
    .replace(/^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/gm, blank)
    .replace(/!\[/g, '  ')
    .replace(/\[!\w+\]/g, blank);
}
