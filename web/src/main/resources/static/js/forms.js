// A form that changes something is sent once: its submit buttons are disabled as it goes, so that a double click
// sends nothing twice. The server refuses a second arrival anyway (RepeatedSubmissionFilter); this spares the wait.
// Disabled a moment after the submit event, not in it: a disabled button no longer sends its own name and value.
// An external file because the Content-Security-Policy allows no inline script.
(function () {
  'use strict';
  var AGAIN_AFTER_MS = 10000;

  function buttonsOf(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return (el.tagName === 'BUTTON' && el.type === 'submit') || (el.tagName === 'INPUT' && el.type === 'submit');
    });
  }

  function enable(buttons) {
    buttons.forEach(function (button) {
      if (button.hasAttribute('data-sending')) {
        button.removeAttribute('data-sending');
        button.disabled = false;
      }
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    // A form that opens elsewhere (a print in a new tab) leaves this page usable.
    if (!(form instanceof HTMLFormElement) || form.method !== 'post'
        || (form.target && form.target !== '_self')) {
      return;
    }
    setTimeout(function () {
      if (event.defaultPrevented) {
        return;
      }
      var buttons = buttonsOf(form).filter(function (button) { return !button.disabled; });
      buttons.forEach(function (button) {
        button.setAttribute('data-sending', '');
        button.disabled = true;
      });
      // An answer that stays on this page (a download) must not leave the form dead.
      setTimeout(function () { enable(buttons); }, AGAIN_AFTER_MS);
    }, 0);
  });

  // A form the server refused comes back at its first message, wherever the form sits on its page (a session planned
  // at the foot of a learning group's page came back scrolled to the top, its message out of sight on a phone): the
  // first field with a message is brought into view and focused. An address with an anchor is left where it points.
  if (!window.location.hash) {
    var refused = document.querySelector('form .is-invalid');
    var said = refused || document.querySelector('form .alert-danger');
    if (said) {
      said.scrollIntoView({block: 'center'});
      if (refused && typeof refused.focus === 'function') {
        refused.focus({preventScroll: true});
      }
    }
  }

  // Back to this page from the browser's cache: its forms were left disabled mid-send.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      Array.prototype.forEach.call(document.forms, function (form) { enable(buttonsOf(form)); });
    }
  });
}());
