"""The Qt interface of ITA Desktop. Imports ita_desktop; the core never imports this package."""
