"""Small pieces several features use: the list dialog, long work with progress, the inert text
browser, the models' named roles. Imports no feature and not the shell.
"""
