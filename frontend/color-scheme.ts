// Lumo light or dark, following the system's setting, live.
const darkScheme = window.matchMedia('(prefers-color-scheme: dark)');

function applyColorScheme(): void {
  document.documentElement.setAttribute('theme', darkScheme.matches ? 'dark' : '');
}

darkScheme.addEventListener('change', applyColorScheme);
applyColorScheme();
