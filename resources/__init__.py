"""Icons and the style sheet, shipped inside the package as `reform_studio.resources`."""
