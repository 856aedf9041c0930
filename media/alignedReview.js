/* global acquireVsCodeApi, document, window */
// The aligned review page: draws the rows the extension posts (as text nodes only, never markup),
// lets the reader move with the arrow keys (one tab stop for the grid, roving focus), and asks the
// extension to open a side at its block (Enter, Space or a click).
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('review');
  /** The cell that has the grid's tab stop: [row, column], column 0 English, 1 French. */
  let current = [0, 0];
  let state;

  function el(tag, props, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === 'text') node.textContent = v;
      else node.setAttribute(k, v);
    }
    for (const c of children || []) node.appendChild(c);
    return node;
  }

  function sideCell(row, index, side, column) {
    const cell = el('td', { role: 'gridcell', class: 'side' + (side.missing ? ' missing' : ''), 'data-row': String(index), 'data-col': String(column), tabindex: '-1' });
    cell.appendChild(el('span', { class: 'line', text: String(side.line + 1) }));
    cell.appendChild(el('span', { class: 'text', text: side.missing ? state.words.empty : side.text }));
    return cell;
  }

  function render() {
    const had = document.activeElement && root.contains(document.activeElement);
    root.textContent = '';
    root.appendChild(el('h1', { text: state.title }));
    root.appendChild(el('p', { class: 'summary', role: 'status', text: state.words.summary }));
    if (state.elsewhere.length) {
      root.appendChild(el('h2', { text: state.words.elsewhere }));
      root.appendChild(el('ul', { class: 'elsewhere' }, state.elsewhere.map((t) => el('li', { text: t }))));
    }
    const head = el('tr', {}, [
      el('th', { scope: 'col', role: 'columnheader', text: state.words.english + ' — ' + state.en }),
      el('th', { scope: 'col', role: 'columnheader', text: state.words.status }),
      el('th', { scope: 'col', role: 'columnheader', text: state.words.french + ' — ' + state.fr }),
    ]);
    const body = state.rows.map((row, i) => {
      const status = el('td', { role: 'gridcell', class: 'status' }, [
        el('ul', { class: 'badges' }, row.status.map((s) => el('li', { class: 'badge ' + s, text: state.statusLabels[s] }))),
        ...(row.notes.length ? [el('ul', { class: 'notes' }, row.notes.map((n) => el('li', { text: n })))] : []),
      ]);
      return el('tr', { role: 'row', class: row.status.join(' ') }, [sideCell(row, i, row.en, 0), status, sideCell(row, i, row.fr, 1)]);
    });
    const table = el('table', { role: 'grid', 'aria-label': state.title }, [el('thead', {}, [head]), el('tbody', {}, body)]);
    root.appendChild(table);
    current = [Math.min(current[0], Math.max(0, state.rows.length - 1)), current[1]];
    const cell = cellAt(current[0], current[1]);
    if (cell) {
      cell.tabIndex = 0;
      if (had) cell.focus();
    }
  }

  function cellAt(row, col) {
    return root.querySelector('td[data-row="' + row + '"][data-col="' + col + '"]');
  }

  function move(row, col) {
    if (!state || row < 0 || row >= state.rows.length) return;
    const from = cellAt(current[0], current[1]);
    const to = cellAt(row, col);
    if (!to) return;
    if (from) from.tabIndex = -1;
    to.tabIndex = 0;
    to.focus();
    current = [row, col];
  }

  function open(cell) {
    vscode.postMessage({ type: 'open', row: Number(cell.dataset.row), side: cell.dataset.col === '0' ? 'en' : 'fr' });
  }

  root.addEventListener('click', (e) => {
    const cell = e.target.closest && e.target.closest('td.side');
    if (!cell) return;
    move(Number(cell.dataset.row), Number(cell.dataset.col));
    open(cell);
  });

  root.addEventListener('keydown', (e) => {
    const cell = e.target.closest && e.target.closest('td.side');
    if (!cell) return;
    const row = Number(cell.dataset.row);
    const col = Number(cell.dataset.col);
    const page = Math.max(1, Math.floor(window.innerHeight / 60));
    const keys = {
      ArrowDown: [row + 1, col],
      ArrowUp: [row - 1, col],
      ArrowLeft: [row, 0],
      ArrowRight: [row, 1],
      PageDown: [Math.min(state.rows.length - 1, row + page), col],
      PageUp: [Math.max(0, row - page), col],
      Home: [0, col],
      End: [state.rows.length - 1, col],
    };
    if (keys[e.key]) {
      e.preventDefault();
      move(keys[e.key][0], keys[e.key][1]);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open(cell);
    }
  });

  window.addEventListener('message', (e) => {
    if (e.data && e.data.type === 'state') {
      state = e.data.state;
      render();
    }
  });
  vscode.postMessage({ type: 'ready' });
})();
