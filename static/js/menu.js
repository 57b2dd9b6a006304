// The main menu on small screens: a disclosure button that shows and hides the
// links. Without JavaScript the links are simply listed.
(function () {
  var nav = document.querySelector("[data-menu]");
  if (!nav) return;
  var button = nav.querySelector(".site-nav__toggle");
  var list = document.getElementById(button.getAttribute("aria-controls"));
  nav.classList.add("site-nav--collapsible");
  button.hidden = false;
  function setOpen(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    nav.classList.toggle("site-nav--open", open);
  }
  button.addEventListener("click", function () {
    setOpen(button.getAttribute("aria-expanded") !== "true");
  });
  nav.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
      setOpen(false);
      button.focus();
    }
  });
})();
