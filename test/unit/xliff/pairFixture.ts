/** An English/French pair with every kind of inline code: front matter, emphasis, links, code spans, placeholders, a list, a code block, a table. */
export const EN = `---
title: Open data
lang: en
---

# Open data

The city publishes **all** its [datasets](https://example.com/data) under the \`OGL\` licence.
It updates them every {{ period }}.

- First item with *emphasis*
- Second item

\`\`\`sh
curl https://example.com
\`\`\`

| Name | Value |
| ---- | ----- |
| Year | 2024 |
`;

export const FR = `---
title: Données ouvertes
lang: fr
---

# Données ouvertes

La Ville publie **tous** ses [jeux de données](https://example.com/fr/donnees) sous la licence \`OGL\`.
Elle les met à jour chaque {{ period }}.

- Premier élément avec *emphase*
- Deuxième élément

\`\`\`sh
curl https://example.com
\`\`\`

| Nom | Valeur |
| --- | ------ |
| Année | 2024 |
`;
