import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS, INTERNAL_COMMANDS } from '../../../src/extension/commands';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? sources(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));
}

describe('extension commands', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { contributes: { commands: Array<{ command: string }>; menus: Record<string, Array<{ command: string }>>; keybindings: Array<{ command: string }> } };

  it('package.json contributes exactly the commands of commands.ts', () => {
    assert.deepEqual(pkg.contributes.commands.map((c) => c.command).sort(), Object.values(COMMANDS).sort());
  });

  it('menus and key bindings name contributed commands only', () => {
    const known = new Set<string>(Object.values(COMMANDS));
    const used = [...Object.values(pkg.contributes.menus).flat(), ...pkg.contributes.keybindings].map((m) => m.command);
    assert.deepEqual(used.filter((c) => !known.has(c)), []);
  });

  it('every command is registered through its constant, none by a string literal', () => {
    const all = new Set<string>([...Object.values(COMMANDS), ...Object.values(INTERNAL_COMMANDS)]);
    const literal: string[] = [];
    for (const file of sources('src/extension')) {
      if (file.endsWith('commands.ts')) continue;
      for (const m of readFileSync(file, 'utf8').matchAll(/'(openDataToolkit\.\w+)'/g)) if (all.has(m[1])) literal.push(`${file}: ${m[1]}`);
    }
    assert.deepEqual(literal, []);
    for (const id of all) assert.ok(sources('src/extension').some((f) => new RegExp(`registerCommand\\((COMMANDS|INTERNAL_COMMANDS)\\.${id.split('.')[1]}\\b`).test(readFileSync(f, 'utf8'))), `${id} is registered`);
  });
});
