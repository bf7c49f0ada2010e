// careerfit's quiz keys: 1-9 pick an answer, n "not sure", s skip, b back. The quiz works without this script:
// every key only clicks the button that shows it.
document.addEventListener('keydown', function (event) {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) {
    return;
  }
  var target = event.target;
  if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT'
      || target.isContentEditable)) {
    return;
  }
  var quiz = document.getElementById('quiz');
  var key = (event.key || '').toLowerCase();
  if (!quiz || !/^[0-9a-z]$/.test(key)) {
    return;
  }
  var button = quiz.querySelector('button[data-key="' + key + '"]');
  if (button && !button.disabled) {
    event.preventDefault();
    button.click();
  }
});
