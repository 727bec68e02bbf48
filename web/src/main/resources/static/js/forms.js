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
  // first field with a message is brought into view, unless the address's anchor already points at the form, and
  // focused.
  var refused = document.querySelector('form .is-invalid');
  var said = refused || document.querySelector('form .alert-danger');
  if (said && !window.location.hash) {
    said.scrollIntoView({block: 'center'});
  }
  if (refused && typeof refused.focus === 'function') {
    refused.focus({preventScroll: !!window.location.hash});
    // The browser's scroll to the address's anchor, after the page has loaded, can take the focus away again.
    window.addEventListener('load', function () {
      if (document.activeElement !== refused) {
        refused.focus({preventScroll: true});
      }
    });
  }

  // Each field with a message is marked for screen readers as invalid and described by its message.
  Array.prototype.forEach.call(document.querySelectorAll('form .is-invalid'), function (field, i) {
    field.setAttribute('aria-invalid', 'true');
    var feedback = field.parentElement && field.parentElement.querySelector('.invalid-feedback');
    if (feedback) {
      feedback.id = feedback.id || (field.id || 'refused-' + i) + '-feedback';
      field.setAttribute('aria-describedby', feedback.id);
    }
  });

  // A message after a redirect to a part of a page (#members, #earnings, or the anchor a browser keeps from the
  // form's own address) is shown at the top of that part, where the page opens, not above the page out of sight.
  var flash = document.querySelector('[data-testid=flash]');
  var part = null;
  try {
    part = window.location.hash && document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
  } catch (malformed) {
    part = null;
  }
  if (flash && part && !part.contains(flash) && !flash.contains(part)) {
    part.insertBefore(flash, part.firstChild);
    flash.classList.add('m-2');
    part.scrollIntoView({block: 'start'});
  }

  // Back to this page from the browser's cache: its forms were left disabled mid-send.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      Array.prototype.forEach.call(document.forms, function (form) { enable(buttonsOf(form)); });
    }
  });
}());
