"""Rules kept as data (`resources/`): the procedures of the tracks and Kazakhstan's working-day calendar.

Below the services and beside the domain, so both the desktop's use cases and the registry (a separate program
that may not import the services) plan steps and terms from the same files, the akimat's overrides included.
"""
