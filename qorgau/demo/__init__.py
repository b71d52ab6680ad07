"""The demo: its organisations (`organisations.yaml`) and `run.run_demo`; not in the image."""
