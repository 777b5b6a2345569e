// What the report page's two uploads share (evidence, indicators): a POST of the chosen bytes with the page's
// session, its progress in a <progress> bar and a percent label, and a status line for what happened.
window.AccordUpload = (function () {
    'use strict';

    /** A function that writes a status line, as information or as an error. */
    function statusLine(status) {
        return function (text, isError) {
            status.textContent = text;
            status.className = 'upload-status ' + (isError ? 'message-error' : 'message-info');
        };
    }

    /**
     * Sends options.body to options.url as options.contentType. Shows the progress in options.bar and
     * options.percent (inside options.box), options.startText while sending, options.interrupted when the
     * connection breaks; options.onAnswer(xhr, show) handles the answer. options.button is disabled meanwhile.
     */
    function send(options) {
        var show = statusLine(options.status);
        var xhr = new XMLHttpRequest();
        xhr.open('POST', options.url);
        xhr.setRequestHeader('Content-Type', options.contentType);
        xhr.upload.addEventListener('progress', function (e) {
            if (e.lengthComputable) {
                options.bar.max = e.total;
                options.bar.value = e.loaded;
                options.percent.textContent = Math.floor(100 * e.loaded / e.total) + ' %';
            }
        });
        xhr.addEventListener('load', function () {
            options.button.disabled = false;
            options.onAnswer(xhr, show);
        });
        xhr.addEventListener('error', function () {
            options.button.disabled = false;
            show(options.interrupted, true);
        });
        options.box.hidden = false;
        options.bar.max = options.body.size || 1;
        options.bar.value = 0;
        options.percent.textContent = '0 %';
        show(options.startText, false);
        options.button.disabled = true;
        xhr.send(options.body);
    }

    return {send: send, statusLine: statusLine};
}());
