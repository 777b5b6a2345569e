// The upload form of a report page (docs/evidence.md, "UI"): sends the chosen file's bytes as they are
// (application/octet-stream) to /evidence-transfer with the page's session (upload-progress.js shows the
// progress), then links to the new evidence page; a refusal shows the problem's detail.
(function () {
    'use strict';
    var form = document.getElementById('upload');
    if (!form) {
        return;
    }
    var status = document.getElementById('upload-status');
    var bar = document.getElementById('upload-progress');
    var percent = document.getElementById('upload-percent');
    var show = window.AccordUpload.statusLine(status);

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        var file = document.getElementById('upload-file').files[0];
        if (!file) {
            show('Choose a file first.', true);
            return;
        }
        var query = new URLSearchParams({
            report: form.dataset.report,
            category: document.getElementById('upload-category').value,
            tlp: document.getElementById('upload-tlp').value,
            name: file.name,
            description: document.getElementById('upload-description').value
        });
        window.AccordUpload.send({
            url: form.dataset.action + '?' + query.toString(), contentType: 'application/octet-stream', body: file,
            box: document.getElementById('upload-progress-box'), bar: bar, percent: percent, status: status,
            button: document.getElementById('upload-submit'), startText: 'Uploading ' + file.name + '…',
            interrupted: 'The upload was interrupted: nothing was stored. Try again.',
            onAnswer: function (xhr) {
                if (xhr.status === 201) {
                    var created = JSON.parse(xhr.responseText);
                    bar.max = 1;
                    bar.value = 1;
                    percent.textContent = '100 %';
                    status.className = 'upload-status message-info';
                    status.textContent = 'Uploaded ' + file.name + ' as ';
                    var link = document.createElement('a');
                    link.id = 'uploaded-link';
                    link.href = form.dataset.page + '?id=' + encodeURIComponent(created.id);
                    link.textContent = created.id;
                    status.appendChild(link);
                    status.appendChild(document.createTextNode(' (SHA-256 ' + created.sha256 + ').'));
                } else {
                    var detail = 'The upload failed (HTTP ' + xhr.status + ').';
                    try {
                        detail = JSON.parse(xhr.responseText).detail || detail;
                    } catch (ignored) {
                        // not a problem document: keep the status line
                    }
                    show(detail, true);
                }
            }
        });
    });
}());
