/* global acquireVsCodeApi, document */
// The workspace dashboard: the filters and the pair buttons post to the extension, which draws the
// page again; the control that had the focus gets it back after the redraw.
(function () {
  const vscode = acquireVsCodeApi();
  const previous = vscode.getState();
  const filter = () => ({ type: 'filter', folder: document.getElementById('folder').value, severity: document.getElementById('severity').value });
  for (const id of ['folder', 'severity']) {
    document.getElementById(id).addEventListener('change', () => {
      vscode.setState({ focus: '#' + id });
      vscode.postMessage(filter());
    });
  }
  const checkAll = document.getElementById('checkAll');
  if (checkAll) checkAll.addEventListener('click', () => vscode.postMessage({ type: 'checkAll' }));
  document.body.addEventListener('click', (e) => {
    const pair = e.target.closest && e.target.closest('button.pair');
    if (pair) vscode.postMessage({ type: 'openReview', en: pair.dataset.en });
  });
  if (previous && previous.focus) {
    const el = document.querySelector(previous.focus);
    if (el) el.focus();
    vscode.setState({});
  }
})();
