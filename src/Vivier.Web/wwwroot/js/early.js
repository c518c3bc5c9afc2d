// Runs before the page is drawn: marks that scripts run, so the menu folds on small screens and
// into task lists (without scripts it stays unfolded and every entry remains reachable).
document.documentElement.classList.add("js");
