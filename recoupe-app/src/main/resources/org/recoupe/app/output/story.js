// Highlights every sentence a citation covers (the link targets the first; data-last names the last).
(function () {
  'use strict';
  var SENTENCE = /^(a\d+)-s(\d+)$/;
  function clear() {
    document.querySelectorAll('.s.cited').forEach(function (e) { e.classList.remove('cited'); });
  }
  function mark(link) {
    clear();
    var first = SENTENCE.exec((link.getAttribute('href') || '').slice(1));
    var last = SENTENCE.exec(link.getAttribute('data-last') || '');
    if (!first || !last || first[1] !== last[1]) {
      return;
    }
    for (var i = Number(first[2]); i <= Number(last[2]); i++) {
      var sentence = document.getElementById(first[1] + '-s' + i);
      if (sentence) {
        sentence.classList.add('cited');
      }
    }
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a.cite') : null;
    if (link) {
      if (link.hasAttribute('data-last')) {
        mark(link);
      } else {
        clear();
      }
    }
  });
})();
