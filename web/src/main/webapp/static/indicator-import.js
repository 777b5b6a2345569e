// The indicator import of a report page (docs/indicators.md): sends the chosen file (or the pasted lines) as
// CSV, JSON lines or a STIX 2.1 bundle (by the file's name) to /indicator-import with the page's session
// (upload-progress.js shows the progress), then what was imported or every refused line; the page reloads to
// show the new counts.
(function () {
    'use strict';
    var form = document.getElementById('indicator-import');
    if (!form) {
        return;
    }
    var status = document.getElementById('import-status');
    var errors = document.getElementById('import-errors');
    var show = window.AccordUpload.statusLine(status);

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        var file = document.getElementById('import-file').files[0];
        var text = document.getElementById('import-text').value;
        var body = file || new Blob([text], {type: 'text/csv'});
        if (!file && !text.trim()) {
            show('Choose a file or paste lines first.', true);
            return;
        }
        var contentType = !file ? 'text/csv' : /\.(jsonl|ndjson)$/i.test(file.name) ? 'application/x-ndjson'
            : /\.json$/i.test(file.name) ? 'application/stix+json' : 'text/csv';
        var query = new URLSearchParams({report: form.dataset.report,
            'skip-invalid': document.getElementById('import-skip').checked ? 'true' : 'false'});
        window.AccordUpload.send({
            url: form.dataset.action + '?' + query.toString(), contentType: contentType, body: body,
            box: document.getElementById('import-progress-box'), bar: document.getElementById('import-progress'),
            percent: document.getElementById('import-percent'), status: status,
            button: document.getElementById('import-submit'), startText: 'Importing…',
            interrupted: 'The upload was interrupted: nothing was imported. Try again.',
            onAnswer: function (xhr) {
                errors.textContent = '';
                var answer = {};
                try {
                    answer = JSON.parse(xhr.responseText);
                } catch (ignored) {
                    // not JSON: the status line says enough
                }
                var where = contentType === 'application/stix+json' ? 'Object ' : 'Line ';
                (answer.lineErrors || []).forEach(function (e) {
                    var item = document.createElement('li');
                    item.textContent = where + e.line + ': ' + e.value + ' — ' + e.reason;
                    errors.appendChild(item);
                });
                var kept = answer.context;
                (kept ? kept.notes : []).forEach(function (e) {
                    var item = document.createElement('li');
                    item.textContent = where + e.line + ': ' + e.value + ' — ' + e.reason;
                    errors.appendChild(item);
                });
                if (xhr.status === 201 && kept) {
                    var types = Object.keys(kept.byType).sort().map(function (t) { return t + ' ' + kept.byType[t]; });
                    show('Imported: ' + answer.added + ' new, ' + answer.merged + ' merged, ' + answer.skipped
                        + ' skipped; kept as STIX context: ' + (types.length ? types.join(', ') : 'nothing')
                        + '. Reload the page to see them in the lists.', false);
                } else if (xhr.status === 201) {
                    show('Imported: ' + answer.added + ' new, ' + answer.merged + ' merged, ' + answer.skipped
                        + ' skipped. Reloading…', false);
                    setTimeout(function () { window.location.reload(); }, 1500);
                } else {
                    show(answer.detail || ('The import failed (HTTP ' + xhr.status + '). Nothing was imported.'), true);
                }
            }
        });
    });
})();
