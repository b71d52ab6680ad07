// Small progressive enhancements; every page works without them.
document.addEventListener("DOMContentLoaded", function () {
  // an error summary takes focus, so a screen reader announces it and Tab continues from it
  var summary = document.querySelector("[data-focus]");
  if (summary) { summary.focus(); }
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
});
