// The Imports page's form: sends the file with upload progress, then follows the import until it has
// a result. Listens on the document because Vaadin adds the form after this script has run.
(function () {
  'use strict';
  var POLL_MS = 1000;
  var WORDS = {
    received: 'Received; waiting to be checked',
    checking: 'Checking the file',
    importing: 'Importing',
    loaded: 'Loaded',
    'set-aside': 'Set aside',
    rejected: 'Rejected'
  };

  function say(form, text) {
    form.querySelector('#upload-status').textContent = text;
  }

  function describe(upload) {
    var text = upload.fileName + ': ' + (WORDS[upload.status] || upload.status);
    if (upload.reason) {
      text += '. ' + upload.reason;
    }
    return text;
  }

  function follow(form, id) {
    fetch('api/v1/uploads/' + id, { credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (upload) {
        say(form, describe(upload));
        form.setAttribute('data-upload-status', upload.status);
        if (['loaded', 'set-aside', 'rejected'].indexOf(upload.status) < 0) {
          setTimeout(function () { follow(form, id); }, POLL_MS);
        } else if (upload.report) {
          var link = document.createElement('a');
          link.href = 'api/v1/uploads/' + id + '/report';
          link.textContent = ' Report: ' + upload.report;
          form.querySelector('#upload-status').appendChild(link);
        }
      })
      .catch(function () { say(form, 'Lost touch with the import; reload the page to see its result.'); });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.id !== 'upload-form') {
      return;
    }
    event.preventDefault();
    var progress = form.querySelector('#upload-progress');
    var request = new XMLHttpRequest();
    request.open('POST', form.getAttribute('action'));
    if (form.dataset.csrfHeader) {
      request.setRequestHeader(form.dataset.csrfHeader, form.dataset.csrfToken);
    }
    request.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        progress.value = Math.round((e.loaded / e.total) * 100);
        say(form, 'Uploading: ' + progress.value + '%');
      }
    });
    request.addEventListener('load', function () {
      var body = {};
      try { body = JSON.parse(request.responseText); } catch (ignored) { body = {}; }
      if (request.status === 202) {
        progress.value = 100;
        say(form, describe(body));
        follow(form, body.id);
      } else {
        form.setAttribute('data-upload-status', 'refused');
        say(form, 'Not uploaded: ' + (body.error || 'the server answered ' + request.status));
      }
    });
    request.addEventListener('error', function () { say(form, 'The upload failed; check the connection.'); });
    form.setAttribute('data-upload-status', 'uploading');
    say(form, 'Uploading');
    request.send(new FormData(form));
  });
})();
