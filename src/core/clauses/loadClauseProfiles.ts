import { isMap } from 'yaml';
import type { Node } from 'yaml';
import type { Finding } from '../findings';
import type { ClauseFolderInput, ClauseProfile, LoadedProfile } from './clauseTypes';
import { schemaErrorsToFindings, schemaValidators } from './clauseSchemas';
import { nodeAtPointer, parseYamlSource, problemAt, problemAtNode } from './yamlSource';

export interface ProfileSet {
  profiles: LoadedProfile[];
  byId: ReadonlyMap<string, LoadedProfile>;
  problems: Finding[];
}

/**
 * Reads assembly profiles (one per file), folders in increasing precedence like clauses.
 * Clause ids are checked against the library only at assembly, where the library in force
 * (with an organisation's additions) is known.
 */
export function loadClauseProfiles(folders: readonly ClauseFolderInput[]): ProfileSet {
  const problems: Finding[] = [];
  const inForce = new Map<string, { profile: LoadedProfile; folderIndex: number }>();
  const order: string[] = [];
  folders.forEach((folder, folderIndex) => {
    for (const file of folder.files) {
      const { source, problems: syntax } = parseYamlSource(file.path, file.text);
      if (syntax.length > 0) {
        problems.push(...syntax);
        continue;
      }
      const node = source.doc.contents as Node | null;
      if (!isMap(node)) {
        problems.push(problemAt(source, node?.range?.[0] ?? 0, node?.range?.[1] ?? file.text.length, 'error', 'clauses.notProfileFile'));
        continue;
      }
      const value = node.toJSON() as unknown;
      const validate = schemaValidators().profile;
      const label = typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : 'profile';
      if (!validate(value)) {
        problems.push(...schemaErrorsToFindings(source, node, validate.errors, label));
        continue;
      }
      const raw = value as ClauseProfile;
      const profile: LoadedProfile = {
        ...raw,
        origin: { folder: folder.folder, file: file.path, line: source.lines.linePos(node.range?.[0] ?? 0).line - 1 },
      };
      const previous = inForce.get(profile.id);
      if (previous && previous.folderIndex === folderIndex) {
        problems.push(
          problemAtNode(source, nodeAtPointer(node, '/id').node, 'error', 'clauses.duplicateProfileId', {
            id: profile.id,
            otherFile: previous.profile.origin.file,
          }),
        );
        continue;
      }
      if (!previous) order.push(profile.id);
      inForce.set(profile.id, { profile, folderIndex });
    }
  });
  const profiles = order.map((id) => inForce.get(id)!.profile);
  return { profiles, byId: new Map(profiles.map((p) => [p.id, p])), problems };
}
