"""Writes every distinct `pattern` of every service model in the installed botocore as a JSON list."""
import json
import sys

import botocore.session

loader = botocore.session.get_session().get_component('data_loader')
patterns = set()
for service in loader.list_available_services('service-2'):
    for shape in loader.load_service_model(service, 'service-2')['shapes'].values():
        if 'pattern' in shape:
            patterns.add(shape['pattern'])
sys.stdout.write(json.dumps(sorted(patterns)))
